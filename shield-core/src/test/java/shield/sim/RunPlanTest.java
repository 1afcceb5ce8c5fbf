package shield.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shield.scenario.Scenario;

/** What a run plan tells of its sensing draws. */
class RunPlanTest {

  /**
   * Draw 0 uses the run's own seed, so its firm-track times are what {@code shield sense --seed S}
   * reports for the network the battery fires on (the engine tests' scenario links every radar to
   * that network, so the sensing runs the same sensors). Every draw's firm track falls in flight.
   */
  @Test
  void firmTrackTimesOfDrawZeroAreTheSensingRunsAtTheRunsSeed() {
    Scenario s = MonteCarloTest.defence();
    long seed = 5;
    RunPlan plan = new MonteCarlo(s, new RunSettings(1, seed, 2, 3, "greedy")).prepare();
    SenseReport report = new SensingRun(s).run(seed);
    assertThat(plan.networkIds()).containsExactly("nato");
    for (int j = 0; j < s.threats().size(); j++) {
      NetworkWarning nato = report.threats().get(j).networks().get(0);
      assertThat(nato.networkId()).isEqualTo("nato");
      assertThat(plan.firmTrackS(0, 0, j)).isEqualTo(nato.firmTrackS().orElseThrow());
      assertThat(plan.firmTrackS(1, 0, j))
          .isBetween(s.threats().get(j).launchTimeS(), nato.impactS());
    }
  }
}
