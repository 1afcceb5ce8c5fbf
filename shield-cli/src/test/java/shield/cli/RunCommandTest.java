package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield run} end to end on the shipped scenarios with few trials: the four files exist and
 * parse, {@code --json} prints summary.json, and the thread count changes nothing.
 */
class RunCommandTest {

  private static final String KALININGRAD =
      Path.of("..", "scenarios", "kaliningrad-warning.yaml").toString();
  private static final String EUROPE = Path.of("..", "scenarios", "europe-2011.yaml").toString();
  private static final String TRIALS = "20";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CommandRun run(String scenario, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                scenario,
                "--trials",
                TRIALS,
                "--sensing-draws",
                "2",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    CommandRun run = CommandRun.shield(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void writesTheFourFilesAndJsonPrintsTheSummary(@TempDir Path dir) throws Exception {
    CommandRun run = run(KALININGRAD, dir, "--seed", "4", "--json");
    JsonNode printed = run.json();
    JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
    assertThat(printed).isEqualTo(summary);
    assertThat(summary.get("scenario").asText()).isEqualTo("kaliningrad-warning");
    assertThat(summary.get("trials").asInt()).isEqualTo(20);
    assertThat(summary.get("trials_requested").asInt()).isEqualTo(20);
    assertThat(summary.get("partial").asBoolean()).isFalse();
    assertThat(summary.get("seed").asLong()).isEqualTo(4);
    assertThat(summary.get("sensing_draws").asInt()).isEqualTo(2);
    assertThat(summary.get("assignment").asText()).isEqualTo("greedy");
    double p = summary.get("p_no_leak").get("value").asDouble();
    assertThat(summary.get("p_no_leak").get("ci95").get(0).asDouble()).isLessThanOrEqualTo(p);
    assertThat(summary.get("p_no_leak").get("ci95").get(1).asDouble()).isGreaterThanOrEqualTo(p);
    assertThat(summary.get("per_threat")).hasSize(5);
    long trialsInDistribution = 0;
    for (JsonNode d : summary.get("leakers_distribution")) {
      trialsInDistribution += d.get("trials").asLong();
    }
    assertThat(trialsInDistribution).isEqualTo(20);

    List<String> csv = Files.readAllLines(dir.resolve("trials.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0))
        .isEqualTo(
            "trial,sensing_draw,threat,detected,firm_tracked,interceptors_fired,killed,"
                + "killer_battery,end_time_s");
    assertThat(csv).hasSize(1 + 20 * 5);
    assertThat(csv.get(1)).startsWith("0,0,");
    assertThat(csv.get(csv.size() - 1)).startsWith("19,1,");
    assertThat(csv).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(9));

    List<String> events = Files.readAllLines(dir.resolve("events.jsonl"), StandardCharsets.UTF_8);
    assertThat(events).isNotEmpty();
    double previousS = Double.NEGATIVE_INFINITY;
    for (String line : events) {
      JsonNode e = JSON.readTree(line);
      assertThat(e.get("time_s").asDouble()).isGreaterThanOrEqualTo(previousS);
      previousS = e.get("time_s").asDouble();
      assertThat(e.get("kind").asText()).matches("[a-z_]+");
    }

    JsonNode czml = JSON.readTree(dir.resolve("trial0.czml").toFile());
    assertThat(czml.get(0).get("id").asText()).isEqualTo("document");
    List<String> ids = new ArrayList<>();
    czml.forEach(packet -> ids.add(packet.get("id").asText()));
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(ids.stream().filter(id -> id.startsWith("threat/"))).hasSize(5);
  }

  @Test
  void humanOutputHasTheTables(@TempDir Path dir) {
    CommandRun run = run(KALININGRAD, dir);
    assertThat(run.out())
        .contains("kaliningrad-warning: 5 threats, 0 batteries; 20 trials, seed 1")
        .contains("P(no leak)")
        .contains("leakers distribution")
        .contains("interceptors fired")
        .contains("killed (95%)")
        .contains("files in " + dir);
    assertThat(run.out()).doesNotContain("PARTIAL");
  }

  @Test
  void theThreadCountChangesNothing(@TempDir Path dir) throws Exception {
    run(KALININGRAD, dir.resolve("one"), "--threads", "1", "--seed", "9");
    run(KALININGRAD, dir.resolve("two"), "--threads", "2", "--seed", "9");
    for (String file :
        List.of("summary.json", "trials.csv", "events.jsonl", "trial0.czml", "report.html")) {
      assertThat(Files.readString(dir.resolve("two").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("one").resolve(file)));
    }
  }

  @Test
  void europeFiresInterceptorsAndDrawsThem(@TempDir Path dir) throws Exception {
    run(EUROPE, dir);
    JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
    assertThat(summary.get("per_threat")).hasSize(20);
    assertThat(summary.get("per_battery")).isNotEmpty();
    assertThat(summary.get("per_layer")).isNotEmpty();
    assertThat(summary.get("interceptors_fired_mean").asDouble()).isPositive();
    JsonNode czml = JSON.readTree(dir.resolve("trial0.czml").toFile());
    List<String> ids = new ArrayList<>();
    czml.forEach(packet -> ids.add(packet.get("id").asText()));
    assertThat(ids).anyMatch(id -> id.startsWith("battery/"));
    assertThat(ids).anyMatch(id -> id.startsWith("interceptor/"));
    assertThat(ids).anyMatch(id -> id.startsWith("intercept/"));
  }
}
