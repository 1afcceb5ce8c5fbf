package shield.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static shield.scenario.Variants.with;
import static shield.scenario.Variants.withBatteries;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shield.command.Doctrine;
import shield.earth.Validation;
import shield.engage.InterceptorType;
import shield.scenario.Scenario;

class MonteCarloTest {

  static Scenario defence() {
    return SensingRunTest.load("/shield/sim/defence.yaml", s -> s);
  }

  static InterceptorType withPssk(InterceptorType t, double pssk) {
    return new InterceptorType(
        t.id(),
        t.name(),
        t.stages(),
        t.divertMps(),
        t.minInterceptAltitudeM(),
        t.maxInterceptAltitudeM(),
        t.maxGroundRangeM(),
        t.maxTimeOfFlightS(),
        pssk,
        t.reactionTimeS(),
        t.layer(),
        t.source(),
        t.notional());
  }

  /** A run that keeps every trial's outcome. */
  private record Kept(RunResult result, List<TrialOutcome> outcomes) {}

  private static Kept run(Scenario s, int trials, int threads, int draws) {
    List<TrialOutcome> outcomes = new ArrayList<>();
    RunResult result =
        new MonteCarlo(s, new RunSettings(trials, 7, threads, draws, "greedy"))
            .run(
                new RunListener() {
                  @Override
                  public void trialsDone(List<TrialOutcome> block) {
                    outcomes.addAll(block);
                  }
                },
                () -> false);
    return new Kept(result, outcomes);
  }

  @Test
  void theDefenceEngagesWhatItTracks() {
    Kept kept = run(defence(), 64, 2, 2);
    RunSummary summary = kept.result().summary();
    assertThat(summary.trials()).isEqualTo(64);
    assertThat(summary.partial()).isFalse();
    for (RunSummary.ThreatStats t : summary.perThreat()) {
      assertThat(t.firmTracked().value()).isEqualTo(1.0);
      assertThat(t.engaged().value()).isEqualTo(1.0);
      assertThat(t.assetId()).isEqualTo("bucharest");
    }
    assertThat(summary.interceptorsFiredMean()).isPositive();
    // Every interceptor flies one of its battery's planned opportunities against its threat.
    RunPlan plan = kept.result().plan();
    assertThat(kept.result().firstTrial().shots()).isNotEmpty();
    for (Shot shot : kept.result().firstTrial().shots()) {
      assertThat(plan.opportunities(shot.battery(), shot.threat())).contains(shot.opportunity());
    }
    List<SimEvent> events = kept.result().firstTrial().events();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).timeS()).isGreaterThanOrEqualTo(events.get(i - 1).timeS());
    }
  }

  @Test
  void resultsAreTheSameWhateverTheThreads() {
    RunSummary one = run(defence(), 600, 1, 3).result().summary();
    RunSummary two = run(defence(), 600, 2, 3).result().summary();
    assertThat(two.noLeak()).isEqualTo(one.noLeak());
    assertThat(two.leakersHistogram()).isEqualTo(one.leakersHistogram());
    assertThat(two.interceptorsFiredMean()).isEqualTo(one.interceptorsFiredMean());
    assertThat(two.perThreat()).isEqualTo(one.perThreat());
    assertThat(two.perBattery()).isEqualTo(one.perBattery());
    assertThat(two.perAsset()).isEqualTo(one.perAsset());
  }

  @Test
  void inventoryIsConserved() {
    Scenario scarce = withBatteries(defence(), b -> with(b, b.type(), 3, Doctrine.defaults()));
    Kept kept = run(scarce, 500, 2, 2);
    for (TrialOutcome o : kept.outcomes()) {
      int[] fired = o.firedPerBattery();
      int[] kills = o.killsPerBattery();
      assertThat(fired[0]).isLessThanOrEqualTo(3);
      assertThat(kills[0]).isLessThanOrEqualTo(fired[0]);
      int atThreats = o.threats().stream().mapToInt(ThreatOutcome::interceptorsFired).sum();
      assertThat(atThreats).isEqualTo(fired[0]);
      long killedThreats = o.threats().stream().filter(ThreatOutcome::killed).count();
      assertThat(killedThreats).isEqualTo(kills[0]);
    }
    TrialRecord first = kept.result().firstTrial();
    assertThat(first.shots()).hasSize(first.outcome().interceptorsFired());
  }

  /**
   * With one interceptor, one shot and a known P_k, the kill fraction over many trials is a
   * binomial proportion: it must fall inside the 99.9% interval around P_k (3.29σ).
   */
  @Test
  void singleShotKillFractionMatchesItsProbability() {
    double pssk = 0.7;
    Scenario one =
        withBatteries(
            defence(),
            b ->
                with(
                    b,
                    withPssk(b.type(), pssk),
                    1,
                    new Doctrine(Doctrine.Policy.SINGLE, 1, 10, 1.0)));
    int n = 4000;
    Kept kept = run(one, n, 2, 1);
    double pk = kept.result().firstTrial().shots().get(0).killProbability();
    assertThat(pk).isBetween(0.0, pssk);
    long kills = kept.outcomes().stream().mapToInt(o -> o.killsPerBattery()[0]).sum();
    long fired = kept.outcomes().stream().mapToInt(o -> o.firedPerBattery()[0]).sum();
    assertThat(fired).isEqualTo(n);
    double sigma = Math.sqrt(pk * (1 - pk) / n);
    Validation.record(
        "single-shot kill fraction, " + n + " trials",
        "binomial: fraction within 3.29 sigma of P_k",
        String.format("%.4f", pk),
        String.format("%.4f", (double) kills / n),
        String.format("%.4f", 3.29 * sigma));
    assertThat((double) kills / n).isCloseTo(pk, org.assertj.core.data.Offset.offset(3.29 * sigma));
  }

  @Test
  void salvoFiresTwoAtOnceAndShootLookShootWaitsForTheAssessment() {
    Scenario salvo =
        withBatteries(
            defence(),
            b ->
                with(
                    b, withPssk(b.type(), 0.01), 8, new Doctrine(Doctrine.Policy.SALVO, 2, 10, 1)));
    List<SimEvent> salvoEvents = run(salvo, 1, 1, 1).result().firstTrial().events();
    List<SimEvent> salvoOrders = orders(salvoEvents);
    assertThat(salvoOrders).isNotEmpty();
    assertThat(salvoOrders).allMatch(e -> e.detail().startsWith("2 interceptor(s)"));

    Scenario sls =
        withBatteries(
            defence(),
            b ->
                with(
                    b,
                    withPssk(b.type(), 0.01),
                    8,
                    new Doctrine(Doctrine.Policy.SHOOT_LOOK_SHOOT, 2, 10, 1)));
    TrialRecord trial = run(sls, 1, 1, 1).result().firstTrial();
    List<Shot> shots = trial.shots();
    String threat = "raid-1";
    List<SimEvent> slsOrders =
        orders(trial.events()).stream().filter(e -> e.threatId().equals(threat)).toList();
    assertThat(slsOrders.size()).isGreaterThanOrEqualTo(2);
    assertThat(slsOrders.get(0).detail()).startsWith("1 interceptor(s)");
    // The second order comes only after the first shot's intercept and its assessment.
    double firstInterceptS =
        shots.stream()
            .filter(s -> s.threat() == 0)
            .mapToDouble(s -> s.opportunity().interceptS())
            .min()
            .orElseThrow();
    assertThat(slsOrders.get(1).timeS()).isGreaterThanOrEqualTo(firstInterceptS + 10);
  }

  private static List<SimEvent> orders(List<SimEvent> events) {
    return events.stream().filter(e -> e.kind() == SimEvent.Kind.FIRE_ORDER).toList();
  }
}
