package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import shield.analysis.ComparisonResult.Group;
import shield.analysis.ComparisonResult.Kind;
import shield.analysis.ComparisonResult.Metric;
import shield.earth.Validation;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunPlan;
import shield.sim.RunResult;
import shield.sim.RunSettings;
import shield.sim.RunSummary;

/**
 * Comparisons on the engine tests' small scenario: two missiles at Bucharest, one forward radar and
 * one Aegis ship with eight SM-3 IB.
 */
class ComparisonTest {

  private static final RunSettings SETTINGS = new RunSettings(300, 11, 2, 2, "greedy");

  static Scenario defence(UnaryOperator<String> edit) {
    String resource = "/shield/sim/defence.yaml";
    try (InputStream in = ComparisonTest.class.getResourceAsStream(resource)) {
      String yaml = edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return ScenarioLoader.load(
          new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
          resource,
          Catalog.builtIn());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ComparisonResult compare(Scenario a, Scenario b) {
    return new Comparison(a, b, SETTINGS).run(new RunListener() {});
  }

  private static Metric metric(ComparisonResult r, Group group, String id, String name) {
    return r.metrics().stream()
        .filter(m -> m.group() == group && m.id().equals(id) && m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + group + " " + id + " " + name));
  }

  /**
   * A scenario against itself: with common random numbers the two runs are the same trials, so
   * every difference is exactly 0 and none is significant, before or after Holm.
   */
  @Test
  void identicalScenariosDoNotDiffer() {
    Scenario s = defence(y -> y);
    ComparisonResult r = compare(s, s);
    assertThat(r.metrics()).hasSizeGreaterThan(20);
    for (Metric m : r.metrics()) {
      assertThat(m.a()).isPresent().isEqualTo(m.b());
      assertThat(m.difference()).isPresent();
      assertThat(m.difference().get().value()).as(m.name()).isZero();
      assertThat(m.significant()).as(m.group() + " " + m.id() + " " + m.name()).isFalse();
      assertThat(m.significantAfterHolm()).isFalse();
    }
    assertThat(r.significantCount()).isZero();
    assertThat(r.holmSignificantCount()).isZero();
    Validation.record(
        "compare, a scenario against itself (" + SETTINGS.trials() + " trials)",
        "common random numbers: identical runs",
        "every difference 0, none significant",
        String.format(
            Locale.ROOT,
            "%d metrics, largest |difference| %.1g, %d significant",
            r.metrics().size(),
            r.metrics().stream()
                .mapToDouble(m -> Math.abs(m.difference().orElseThrow().value()))
                .max()
                .orElseThrow(),
            r.significantCount()),
        "exact");
  }

  /**
   * One interceptor against eight: the ship that can fire only once lets at least one of the two
   * missiles through in every trial, so P(no leak) is lower, leakers higher and interceptors fewer;
   * each difference is significant, after Holm too, with the sign physics says.
   */
  @Test
  void aClearlyBetterVariantIsSignificantWithTheRightSign() {
    Scenario one = defence(y -> y.replace("inventory: 8", "inventory: 1"));
    Scenario eight = defence(y -> y);
    ComparisonResult r = compare(one, eight);

    Metric noLeak = metric(r, Group.RUN, "", "p_no_leak");
    assertThat(noLeak.kind()).isEqualTo(Kind.PROPORTION);
    assertThat(noLeak.a().orElseThrow().value()).isZero();
    assertThat(noLeak.difference().orElseThrow().value()).isNegative();
    assertThat(noLeak.difference().orElseThrow().high95()).isNegative();
    assertThat(noLeak.significantAfterHolm()).isTrue();

    Metric leakers = metric(r, Group.RUN, "", "leakers_mean");
    assertThat(leakers.kind()).isEqualTo(Kind.MEAN);
    assertThat(leakers.difference().orElseThrow().low95()).isPositive();
    assertThat(leakers.difference().orElseThrow().test()).isEqualTo(Difference.Test.WELCH_T);
    assertThat(leakers.significantAfterHolm()).isTrue();

    Metric fired = metric(r, Group.BATTERY, "black-sea-sm3", "fired_mean");
    assertThat(fired.a().orElseThrow().value()).isEqualTo(1.0);
    assertThat(fired.difference().orElseThrow().high95()).isNegative();
    assertThat(r.holmSignificantCount()).isLessThanOrEqualTo(r.significantCount());
    Difference d = noLeak.difference().orElseThrow();
    Validation.record(
        "compare, 1 interceptor against 8 (" + SETTINGS.trials() + " trials)",
        "physics: one shot cannot stop two missiles",
        "P(no leak) A - B < 0, significant after Holm",
        String.format(
            Locale.ROOT,
            "%.3f [%.3f, %.3f], Holm: %s",
            d.value(),
            d.low95(),
            d.high95(),
            noLeak.significantAfterHolm()),
        "interval excludes 0");
  }

  /**
   * The metrics are the run summary's: its proportions exactly, its means to 1e-12 (the summary
   * sums a layer's battery means); the intervals take the shared sensing draws into account.
   */
  @Test
  void meansAreTheRunSummarys() {
    Scenario s = defence(y -> y.replace("inventory: 8", "inventory: 3"));
    RunResult run = new MonteCarlo(s, SETTINGS).run(new RunListener() {}, () -> false);
    RunSummary summary = run.summary();
    ComparisonResult r = compare(s, s);
    assertThat(metric(r, Group.RUN, "", "leakers_mean").a().orElseThrow().value())
        .isCloseTo(summary.leakersMean(), within(1e-12));
    assertThat(metric(r, Group.RUN, "", "interceptors_fired_mean").a().orElseThrow().value())
        .isCloseTo(summary.interceptorsFiredMean(), within(1e-12));
    RunSummary.ThreatStats threat = summary.perThreat().get(1);
    assertThat(
            metric(r, Group.THREAT, threat.threatId(), "interceptors_mean")
                .a()
                .orElseThrow()
                .value())
        .isCloseTo(threat.interceptorsMean(), within(1e-12));
    RunSummary.AssetStats asset = summary.perAsset().get(0);
    assertThat(metric(r, Group.ASSET, asset.assetId(), "leakers_mean").a().orElseThrow().value())
        .isCloseTo(asset.leakersMean(), within(1e-12));
    RunSummary.BatteryStats battery = summary.perBattery().get(0);
    assertThat(
            metric(r, Group.BATTERY, battery.batteryId(), "kills_mean").a().orElseThrow().value())
        .isCloseTo(battery.killsMean(), within(1e-12));
    RunSummary.LayerStats layer = summary.perLayer().get(0);
    assertThat(metric(r, Group.LAYER, "midcourse", "kills_mean").a().orElseThrow().value())
        .isCloseTo(layer.killsMean(), within(1e-12));
    assertThat(metric(r, Group.THREAT, threat.threatId(), "p_killed").a().orElseThrow().value())
        .isEqualTo(threat.killed().value());
    assertThat(metric(r, Group.RUN, "", "p_no_leak").a().orElseThrow().value())
        .isEqualTo(summary.noLeak().value());
    assertThat(metric(r, Group.ASSET, asset.assetId(), "p_survived").a().orElseThrow().value())
        .isEqualTo(asset.survived().value());
    assertThat(metric(r, Group.BATTERY, battery.batteryId(), "p_emptied").a().orElseThrow().value())
        .isEqualTo(battery.emptied().value());
    assertThat(
            metric(r, Group.THREAT, threat.threatId(), "p_killed_by_midcourse")
                .a()
                .orElseThrow()
                .value())
        .isEqualTo(threat.killedByLayer().get(0).value());
    assertThat(r.metrics())
        .allSatisfy(m -> assertThat(m.a().orElseThrow().designEffect()).isGreaterThanOrEqualTo(1));
    // The warning from the network's first firm track, averaged over the plan's sensing draws.
    RunPlan plan = run.plan();
    double impactS = s.threats().get(1).impactTimeS();
    double sumS = 0;
    for (int k = 0; k < plan.sensingDraws(); k++) {
      sumS += impactS - plan.firmTrackS(k, 0, 1);
    }
    Metric warning = metric(r, Group.NETWORK, "nato/" + threat.threatId(), "warning_firm_track_s");
    assertThat(warning.a().orElseThrow().value())
        .isCloseTo(sumS / plan.sensingDraws(), within(1e-9))
        .isBetween(0.0, impactS - s.threats().get(1).launchTimeS());
  }

  /**
   * A battery only B has is shown with no value in A and no difference; the threats they share are
   * compared; and the scenario that adds a battery in front of the same raid does not do worse.
   */
  @Test
  void whatOnlyOneSideHasIsShownAsSuch() {
    Scenario a = defence(y -> y);
    Scenario b =
        defence(
            y ->
                y
                    + "  - {id: second-sm3, at: black-sea, interceptor: sm3-ib, inventory: 8,"
                    + " launchers: 4, fire_channels: 4, network: nato,"
                    + " fire_control: engage-on-remote}\n");
    ComparisonResult r = compare(a, b);
    Metric fired = metric(r, Group.BATTERY, "second-sm3", "fired_mean");
    assertThat(fired.a()).isEmpty();
    assertThat(fired.b()).isPresent();
    assertThat(fired.difference()).isEmpty();
    assertThat(fired.significant()).isFalse();
    List<Metric> batteries = r.metrics().stream().filter(m -> m.group() == Group.BATTERY).toList();
    assertThat(batteries.get(batteries.size() - 1).id()).isEqualTo("second-sm3");
    Metric noLeak = metric(r, Group.RUN, "", "p_no_leak");
    assertThat(noLeak.difference().orElseThrow().high95()).isPositive();
  }

  @Test
  void scenariosWithNoThreatInCommonCannotBeCompared() {
    Scenario a = defence(y -> y);
    Scenario b = defence(y -> y.replace("{id: raid,", "{id: other-raid,"));
    assertThat(Comparison.incompatibility(a, b))
        .hasValueSatisfying(reason -> assertThat(reason).contains("share no threat", "raid-1"));
    assertThatThrownBy(() -> new Comparison(a, b, SETTINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share no threat");
    assertThat(Comparison.incompatibility(a, a)).isEmpty();
  }
}
