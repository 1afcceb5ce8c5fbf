package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shield.earth.Geodetic;
import shield.flight.FlightEvent;
import shield.flight.MissileFlight;
import shield.flight.Targeting;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;

/**
 * The promise for {@code shield trajectory --czml}: "the CZML loads in CesiumJS as a moving
 * point with its path". The CLI writes the CZML; {@code tools/cesium-check/check-czml.mjs} loads it
 * with Cesium's own {@code CzmlDataSource} in Node (npm {@code cesium} 1.145.0, no Viewer, no
 * network) and checks the missile entity, its point and path, its availability from launch to
 * impact, the event markers, and the positions that Cesium interpolates against Shield's own
 * ephemeris to 1 m.
 *
 * <p>Needs {@code node} and {@code npm ci --prefix tools/cesium-check} (which {@code .ci/run}
 * does). Without them the test is skipped, except under {@code CI=true}, where it fails.
 */
class CzmlInCesiumTest {

  private static final String CHECKER = "tools/cesium-check/check-czml.mjs";
  private static final double TOLERANCE_M = 1.0;

  @Test
  void czmlLoadsInCesiumAsAMovingPointWithItsPath(@TempDir Path dir) throws Exception {
    Path checker = CesiumCheck.script(CHECKER);
    Path czml = dir.resolve("flight.czml");
    Path csv = dir.resolve("flight.csv");
    CommandRun run =
        CommandRun.shield(
            "trajectory",
            "--missile",
            "mrbm-solid",
            "--from",
            "tabriz",
            "--to",
            "bucharest",
            "--czml",
            czml.toString(),
            "--csv",
            csv.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    // The same flight flown again, for Shield's positions between samples; the CSV ties it to the
    // flight the command wrote.
    Trajectory flight =
        new Targeting(new MissileFlight(Catalog.builtIn().missile("mrbm-solid").type()))
            .aim(place("tabriz"), place("bucharest"), 0, new TrajectoryShape.MinimumEnergy())
            .trajectory();
    List<Integer> samples = distinctSamples(flight);
    assertSameFlightAsCsv(flight, samples, csv);

    Path expected = dir.resolve("expected.json");
    new ObjectMapper().writeValue(expected.toFile(), expected(flight, samples));

    CesiumCheck.run(checker, dir.resolve("check.log"), czml.toString(), expected.toString());
  }

  private static Geodetic place(String id) {
    return PlaceOption.parse(id, "--from").position();
  }

  /** Indices of the samples the exports write: the first of two samples at one time. */
  private static List<Integer> distinctSamples(Trajectory t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.sampleCount(); i++) {
      if (out.isEmpty() || t.sampleTimeS(i) > t.sampleTimeS(out.get(out.size() - 1))) {
        out.add(i);
      }
    }
    return out;
  }

  private static void assertSameFlightAsCsv(Trajectory t, List<Integer> samples, Path csv)
      throws IOException {
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).startsWith("time_s,utc,lat_deg,lon_deg,altitude_km,x_m,y_m,z_m");
    assertThat(rows).hasSize(samples.size() + 1);
    double[] pv = new double[6];
    for (int k = 0; k < samples.size(); k++) {
      String[] f = rows.get(k + 1).split(",");
      t.sampleStateEcef(samples.get(k), pv);
      assertThat(Double.parseDouble(f[0])).isCloseTo(t.sampleTimeS(samples.get(k)), offset(0.0006));
      for (int c = 0; c < 3; c++) {
        assertThat(Double.parseDouble(f[5 + c]))
            .as("CSV row %d", k + 1)
            .isCloseTo(pv[c], offset(0.0006));
      }
    }
  }

  /**
   * What the checker expects: the missile's id, launch and impact in UTC, Shield's positions at
   * every sample, at the middle of every interval between samples and at every event, the event
   * markers, and how many smooth pieces the position comes in (one more than the acceleration
   * jumps, where the ephemeris holds two samples at one time).
   */
  private static ObjectNode expected(Trajectory t, List<Integer> samples) {
    ObjectMapper json = new ObjectMapper();
    Instant epoch = Instant.parse(TrajectoryCommand.DEFAULT_LAUNCH_TIME);
    ObjectNode doc = json.createObjectNode();
    doc.put("missile_id", "mrbm-solid");
    doc.put("launch_utc", utc(epoch, t.startTimeS()));
    doc.put("impact_utc", utc(epoch, t.endTimeS()));
    doc.put("tolerance_m", TOLERANCE_M);

    int jumps = 0;
    for (int i = 0; i + 1 < t.sampleCount(); i++) {
      if (t.sampleTimeS(i + 1) == t.sampleTimeS(i)) {
        jumps++;
      }
    }
    doc.put("position_pieces", jumps + 1);
    ArrayNode positions = doc.putArray("positions");
    for (int k = 0; k < samples.size(); k++) {
      position(positions, t, t.sampleTimeS(samples.get(k)), "samples", null);
      if (k + 1 < samples.size()) {
        double mid = 0.5 * (t.sampleTimeS(samples.get(k)) + t.sampleTimeS(samples.get(k + 1)));
        position(positions, t, mid, "mid-interval", null);
      }
    }
    ArrayNode events = doc.putArray("events");
    Set<String> ids = new HashSet<>();
    for (FlightEvent e : t.events()) {
      position(
          positions,
          t,
          Math.min(e.timeS(), t.endTimeS()),
          "event times",
          e.kind().name().toLowerCase(Locale.ROOT));
      String id =
          "mrbm-solid/"
              + (e.kind() == FlightEvent.Kind.STAGE_BURNOUT
                  ? "stage-" + (e.stage() + 1) + "-burnout"
                  : e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      String unique = id;
      for (int n = 2; !ids.add(unique); n++) {
        unique = id + "-" + n;
      }
      ObjectNode ev = events.addObject();
      ev.put("id", unique);
      ev.putArray("ecef_m")
          .add(e.positionEcef().getX())
          .add(e.positionEcef().getY())
          .add(e.positionEcef().getZ());
    }
    assertThat(ids)
        .contains(
            "mrbm-solid/launch", "mrbm-solid/burnout", "mrbm-solid/apogee", "mrbm-solid/impact");
    return doc;
  }

  private static ObjectNode position(
      ArrayNode positions, Trajectory t, double timeS, String group, String note) {
    double[] pv = new double[6];
    t.stateEcef(timeS, pv);
    ObjectNode p = positions.addObject();
    p.put("time_s", timeS - t.startTimeS());
    p.putArray("ecef_m").add(pv[0]).add(pv[1]).add(pv[2]);
    p.put("group", group);
    if (note != null) {
      p.put("note", note);
    }
    return p;
  }

  private static String utc(Instant epoch, double timeS) {
    return epoch.plusNanos(Math.round(timeS * 1e9)).toString();
  }
}
