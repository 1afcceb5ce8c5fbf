package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import shield.earth.Validation;
import shield.engage.Layer;
import shield.sim.Proportion;
import shield.sim.RunSummary;
import shield.sim.SimEvent;
import shield.sim.ThreatOutcome;
import shield.sim.TrialOutcome;

/** summary.json, trials.csv and events.jsonl from hand-built run results. */
class RunFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A 263-trial run of two threats at one asset, with two batteries. The counts are those of
   * Newcombe's worked examples (Statistics in Medicine 17, 857-872, 1998, table II), whose Wilson
   * intervals are published to four decimals.
   */
  private static RunSummary summary() {
    int n = 263;
    RunSummary.ThreatStats first =
        new RunSummary.ThreatStats(
            "raid-1",
            "mrbm-solid",
            "bucharest",
            new Proportion(263, n),
            new Proportion(200, n),
            new Proportion(150, n),
            new Proportion(81, n),
            List.of(new Proportion(60, n), new Proportion(21, n), new Proportion(0, n)),
            1.25);
    RunSummary.ThreatStats second =
        new RunSummary.ThreatStats(
            "raid-2",
            "mrbm-solid",
            "",
            new Proportion(263, n),
            new Proportion(0, n),
            new Proportion(0, n),
            new Proportion(0, n),
            List.of(new Proportion(0, n), new Proportion(0, n), new Proportion(0, n)),
            0);
    return new RunSummary(
        "hand-built",
        7,
        300,
        n,
        true,
        16,
        "greedy",
        new Proportion(81, n),
        (182.0 + 263) / n,
        new long[] {0, 81, 182},
        1.25,
        List.of(first, second),
        List.of(new RunSummary.AssetStats("bucharest", 3, 1, new Proportion(81, n), 182.0 / n)),
        List.of(
            new RunSummary.BatteryStats(
                "deveselu", "sm3-iib", Layer.MIDCOURSE, 24, 1.0, 60.0 / n, new Proportion(0, n)),
            new RunSummary.BatteryStats(
                "thaad-1",
                "thaad",
                Layer.UPPER_TERMINAL,
                2,
                0.25,
                21.0 / n,
                new Proportion(15, n))),
        List.of(
            new RunSummary.LayerStats(Layer.MIDCOURSE, 1.0, 60.0 / n),
            new RunSummary.LayerStats(Layer.UPPER_TERMINAL, 0.25, 21.0 / n)));
  }

  private static JsonNode summaryJson() throws IOException {
    StringWriter out = new StringWriter();
    RunFiles.writeSummary(summary(), out);
    return JSON.readTree(out.toString());
  }

  @Test
  void summaryHasTheRunsFactsUnderSnakeCaseKeys() throws IOException {
    JsonNode s = summaryJson();
    assertThat(s.fieldNames())
        .toIterable()
        .containsExactly(
            "scenario",
            "trials",
            "trials_requested",
            "partial",
            "seed",
            "sensing_draws",
            "assignment",
            "p_no_leak",
            "leakers_mean",
            "leakers_distribution",
            "interceptors_fired_mean",
            "per_threat",
            "per_asset",
            "per_battery",
            "per_layer");
    assertThat(s.get("scenario").asText()).isEqualTo("hand-built");
    assertThat(s.get("trials").asInt()).isEqualTo(263);
    assertThat(s.get("trials_requested").asInt()).isEqualTo(300);
    assertThat(s.get("partial").asBoolean()).isTrue();
    assertThat(s.get("seed").asLong()).isEqualTo(7);
    assertThat(s.get("sensing_draws").asInt()).isEqualTo(16);
    assertThat(s.get("assignment").asText()).isEqualTo("greedy");
    assertThat(s.get("leakers_mean").asDouble()).isEqualTo(1.692015);
    assertThat(s.get("interceptors_fired_mean").asDouble()).isEqualTo(1.25);
  }

  @Test
  void probabilitiesCarryTheirWilsonIntervalAsPublished() throws IOException {
    JsonNode s = summaryJson();
    JsonNode noLeak = s.get("p_no_leak");
    assertThat(noLeak.get("value").asDouble()).isEqualTo(0.307985);
    assertThat(noLeak.get("successes").asLong()).isEqualTo(81);
    assertThat(noLeak.get("trials").asLong()).isEqualTo(263);
    // Newcombe (1998), table II, method 3 (Wilson score): 81/263 -> 0.2553 to 0.3662.
    assertWilson("81 of 263", noLeak, 0.2553, 0.3662);
    // Every interval holds its value; one of none starts at exactly 0.
    JsonNode emptied = s.get("per_battery").get(1).get("p_emptied");
    assertThat(emptied.get("ci95").get(0).asDouble())
        .isLessThan(emptied.get("value").asDouble())
        .isGreaterThan(0);
    JsonNode never = s.get("per_battery").get(0).get("p_emptied");
    assertThat(never.get("ci95").get(0).asDouble()).isZero();
    // 0/263: the upper end is z²/(n + z²) = 0.014396 (Wilson's closed form at p = 0).
    double z2 = 1.959963984540054 * 1.959963984540054;
    double expectedHigh = z2 / (263 + z2);
    Validation.record(
        "Wilson interval of 0 in 263 (summary.json)",
        "closed form z^2/(n+z^2)",
        String.format(java.util.Locale.ROOT, "[0, %.6f]", expectedHigh),
        "[0, " + never.get("ci95").get(1).asText() + "]",
        "1e-6 (rounding)");
    assertThat(never.get("ci95").get(1).asDouble()).isCloseTo(expectedHigh, within(1e-6));
  }

  private static void assertWilson(String what, JsonNode p, double low, double high) {
    double measuredLow = p.get("ci95").get(0).asDouble();
    double measuredHigh = p.get("ci95").get(1).asDouble();
    Validation.record(
        "Wilson 95% interval of " + what + " (summary.json)",
        "Newcombe, Stat. Med. 17:857 (1998), table II, method 3",
        "[" + low + ", " + high + "]",
        String.format(java.util.Locale.ROOT, "[%.6f, %.6f]", measuredLow, measuredHigh),
        "0.00005 (table rounded to 4 decimals)");
    assertThat(measuredLow).isCloseTo(low, within(0.00005));
    assertThat(measuredHigh).isCloseTo(high, within(0.00005));
  }

  @Test
  void leakerDistributionCountsEveryNumberOfLeakers() throws IOException {
    JsonNode d = summaryJson().get("leakers_distribution");
    assertThat(d).hasSize(3);
    assertThat(d.get(0).get("leakers").asInt()).isZero();
    assertThat(d.get(0).get("trials").asLong()).isZero();
    assertThat(d.get(1).get("trials").asLong()).isEqualTo(81);
    assertThat(d.get(1).get("fraction").asDouble()).isEqualTo(0.307985);
    assertThat(d.get(2).get("fraction").asDouble()).isEqualTo(0.692015);
  }

  @Test
  void perThreatAssetBatteryAndLayer() throws IOException {
    JsonNode s = summaryJson();
    JsonNode t = s.get("per_threat").get(0);
    assertThat(t.get("id").asText()).isEqualTo("raid-1");
    assertThat(t.get("missile").asText()).isEqualTo("mrbm-solid");
    assertThat(t.get("asset").asText()).isEqualTo("bucharest");
    assertThat(t.get("p_detected").get("value").asDouble()).isEqualTo(1.0);
    assertThat(t.get("p_firm_track").get("successes").asLong()).isEqualTo(200);
    assertThat(t.get("p_engaged").get("successes").asLong()).isEqualTo(150);
    assertThat(t.get("p_killed").get("successes").asLong()).isEqualTo(81);
    JsonNode byLayer = t.get("p_killed_by_layer");
    assertThat(byLayer.fieldNames())
        .toIterable()
        .containsExactly("midcourse", "upper_terminal", "lower_terminal");
    assertThat(byLayer.get("midcourse").get("successes").asLong()).isEqualTo(60);
    assertThat(byLayer.get("upper_terminal").get("successes").asLong()).isEqualTo(21);
    assertThat(t.get("interceptors_mean").asDouble()).isEqualTo(1.25);
    assertThat(s.get("per_threat").get(1).get("asset").isNull()).isTrue();

    JsonNode a = s.get("per_asset").get(0);
    assertThat(a.get("id").asText()).isEqualTo("bucharest");
    assertThat(a.get("value").asDouble()).isEqualTo(3);
    assertThat(a.get("threats").asInt()).isEqualTo(1);
    assertThat(a.get("p_survived").get("successes").asLong()).isEqualTo(81);
    assertThat(a.get("leakers_mean").asDouble()).isEqualTo(0.692015);

    JsonNode b = s.get("per_battery").get(1);
    assertThat(b.get("id").asText()).isEqualTo("thaad-1");
    assertThat(b.get("interceptor").asText()).isEqualTo("thaad");
    assertThat(b.get("layer").asText()).isEqualTo("upper_terminal");
    assertThat(b.get("inventory").asInt()).isEqualTo(2);
    assertThat(b.get("fired_mean").asDouble()).isEqualTo(0.25);
    assertThat(b.get("kills_mean").asDouble()).isEqualTo(0.079848);
    assertThat(b.get("p_emptied").get("successes").asLong()).isEqualTo(15);

    JsonNode layers = s.get("per_layer");
    assertThat(layers).hasSize(2);
    assertThat(layers.get(0).get("layer").asText()).isEqualTo("midcourse");
    assertThat(layers.get(1).get("fired_mean").asDouble()).isEqualTo(0.25);
    assertThat(layers.get(1).get("kills_mean").asDouble()).isEqualTo(0.079848);
  }

  @Test
  void aRunStoppedBeforeAnyTrialWritesNullsNotNaN() throws IOException {
    RunSummary none =
        new RunSummary(
            "stopped",
            1,
            10,
            0,
            true,
            1,
            "exact",
            new Proportion(0, 0),
            Double.NaN,
            new long[] {0},
            Double.NaN,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    StringWriter out = new StringWriter();
    RunFiles.writeSummary(none, out);
    assertThat(out.toString()).doesNotContain("NaN");
    JsonNode s = JSON.readTree(out.toString());
    assertThat(s.get("p_no_leak").get("value").isNull()).isTrue();
    assertThat(s.get("p_no_leak").get("ci95").get(0).isNull()).isTrue();
    assertThat(s.get("leakers_mean").isNull()).isTrue();
    assertThat(s.get("leakers_distribution").get(0).get("fraction").isNull()).isTrue();
  }

  @Test
  void trialsCsvHasOneRowPerTrialAndThreatAsBlocksArrive() throws IOException {
    StringWriter out = new StringWriter();
    try (RunFiles.TrialsCsv csv =
        new RunFiles.TrialsCsv(List.of("raid-1", "raid-2"), List.of("deveselu", "thaad-1"), out)) {
      assertThat(out.toString()).isEqualTo(RunFiles.TRIALS_HEADER + "\n");
      csv.append(
          List.of(
              trial(0, 0, new ThreatOutcome(true, true, 2, true, 1, 612.25)),
              trial(1, 1, new ThreatOutcome(true, false, 0, false, -1, 701.0004))));
      csv.append(List.of(trial(2, 0, new ThreatOutcome(false, false, 0, false, -1, 700))));
    }
    List<String> lines = out.toString().lines().toList();
    assertThat(lines)
        .containsExactly(
            "trial,sensing_draw,threat,detected,firm_tracked,interceptors_fired,killed,"
                + "killer_battery,end_time_s",
            "0,0,raid-1,true,true,2,true,thaad-1,612.250",
            "0,0,raid-2,true,true,0,false,,700.000",
            "1,1,raid-1,true,false,0,false,,701.000",
            "1,1,raid-2,true,true,0,false,,700.000",
            "2,0,raid-1,false,false,0,false,,700.000",
            "2,0,raid-2,true,true,0,false,,700.000");
  }

  @Test
  void trialsCsvRefusesATrialOfAnotherScenario() throws IOException {
    RunFiles.TrialsCsv csv =
        new RunFiles.TrialsCsv(List.of("a", "b", "c"), List.of(), new StringWriter());
    assertThatThrownBy(
            () -> csv.append(List.of(trial(0, 0, new ThreatOutcome(true, true, 0, false, -1, 1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 threats, the scenario 3");
  }

  /** A trial of two threats whose second is detected, tracked and leaks at 700 s. */
  private static TrialOutcome trial(int number, int draw, ThreatOutcome first) {
    return new TrialOutcome(
        number,
        draw,
        List.of(first, new ThreatOutcome(true, true, 0, false, -1, 700)),
        new int[] {0, first.interceptorsFired()},
        new int[] {0, first.killed() ? 1 : 0});
  }

  @Test
  void eventsAreOneJsonObjectPerLine() throws IOException {
    StringWriter out = new StringWriter();
    RunFiles.writeEvents(
        List.of(
            new SimEvent(10, SimEvent.Kind.THREAT_LAUNCH, "raid-1", "", ""),
            new SimEvent(95.12345, SimEvent.Kind.FIRM_TRACK, "raid-1", "", "nato, sigma 300 m"),
            new SimEvent(
                120, SimEvent.Kind.INTERCEPTOR_LAUNCH, "raid-1", "deveselu", "salvo of 2")),
        out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode launch = JSON.readTree(lines.get(0));
    assertThat(launch.get("time_s").asDouble()).isEqualTo(10);
    assertThat(launch.get("kind").asText()).isEqualTo("threat_launch");
    assertThat(launch.get("battery").isNull()).isTrue();
    assertThat(launch.get("detail").isNull()).isTrue();
    JsonNode firm = JSON.readTree(lines.get(1));
    assertThat(firm.get("time_s").asDouble()).isEqualTo(95.123);
    assertThat(firm.get("detail").asText()).isEqualTo("nato, sigma 300 m");
    JsonNode fired = JSON.readTree(lines.get(2));
    assertThat(fired.fieldNames())
        .toIterable()
        .containsExactly("time_s", "kind", "threat", "battery", "detail");
    assertThat(fired.get("kind").asText()).isEqualTo("interceptor_launch");
    assertThat(fired.get("battery").asText()).isEqualTo("deveselu");
  }
}
