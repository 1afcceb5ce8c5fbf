package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import shield.earth.Validation;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.scenario.Threat;
import shield.sim.SenseReport;
import shield.sim.SensingRun;
import shield.track.TrackerSettings;

/**
 * The deterministic firm-track estimate against the full sensing run (radar scheduler, random
 * looks, the fused tracker) on the example scenario: every network and threat of europe-phase3, the
 * run's firm-track time averaged over three seeds.
 */
class FirmTrackEstimateTest {

  private static final int SEEDS = 3;

  @Test
  void estimateFollowsTheSensingRun() {
    Scenario s =
        ScenarioLoader.load(Path.of("..", "scenarios", "europe-phase3.yaml"), Catalog.builtIn());
    FirmTrackEstimate estimate = new FirmTrackEstimate(s, s.networks(), TrackerSettings.defaults());
    SenseReport[] runs = new SenseReport[SEEDS];
    for (int k = 0; k < SEEDS; k++) {
      runs[k] = new SensingRun(s).run(k + 1);
    }
    int nt = s.threats().size();
    int nn = s.networks().size();
    double[] differenceS = new double[nt * nn];
    for (int j = 0; j < nt; j++) {
      Threat t = s.threats().get(j);
      double[] radars = estimate.radarFirmTimesS(t.trajectory(), t.missile().signature());
      for (int w = 0; w < nn; w++) {
        double mean = 0;
        for (SenseReport run : runs) {
          mean += run.threats().get(j).networks().get(w).firmTrackS().orElse(Double.NaN) / SEEDS;
        }
        double estimated = estimate.networkFirmS(w, radars);
        assertThat(Double.isNaN(estimated)).as("%s %d", t.id(), w).isEqualTo(Double.isNaN(mean));
        differenceS[j * nn + w] = estimated - mean;
      }
    }
    double[] abs = Arrays.stream(differenceS).map(Math::abs).sorted().toArray();
    double median = abs[abs.length / 2];
    double p90 = abs[(int) Math.floor(0.9 * (abs.length - 1))];
    double worst = abs[abs.length - 1];
    Validation.record(
        "footprint firm-track estimate vs SensingRun, europe-phase3, 20 threats x 3 networks",
        "shield sense (full scheduler and tracker), mean of seeds 1-3",
        "estimate within 10 s for 90% of pairs",
        String.format(
            "|difference| median %.1f s, 90th percentile %.1f s, worst %.1f s", median, p90, worst),
        "10 s (90% of pairs)");
    assertThat(p90).isLessThanOrEqualTo(10);
  }
}
