package shield.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import shield.earth.Validation;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;

/** The shipped architectures against the same raid. */
class ArchitecturesTest {

  private static RunSummary run(String name) {
    Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", name + ".yaml"), Catalog.builtIn());
    return new MonteCarlo(s, new RunSettings(500, 1, 2, 2, "greedy"))
        .run(new RunListener() {}, () -> false)
        .summary();
  }

  /**
   * EPAA phase 3 keeps every sensor and battery of phase 1 and adds to them, so on the same raid it
   * must do at least as well: fewer leakers on average, and no asset less likely to survive (beyond
   * the two intervals' overlap).
   */
  @Test
  void phaseThreeDoesAtLeastAsWellAsPhaseOne() {
    RunSummary phase1 = run("europe-2011");
    RunSummary phase3 = run("europe-phase3");
    Validation.record(
        "europe-2011 vs europe-phase3, 500 trials, seed 1: leakers per raid",
        "phase 3 is a superset of phase 1",
        String.format("phase 3 <= phase 1 (%.2f)", phase1.leakersMean()),
        String.format("%.2f", phase3.leakersMean()),
        "none");
    assertThat(phase3.leakersMean()).isLessThanOrEqualTo(phase1.leakersMean());
    assertThat(phase3.noLeak().value()).isGreaterThanOrEqualTo(phase1.noLeak().value());
    for (int a = 0; a < phase1.perAsset().size(); a++) {
      assertThat(phase3.perAsset().get(a).survived().high95())
          .isGreaterThanOrEqualTo(phase1.perAsset().get(a).survived().low95());
    }
  }
}
