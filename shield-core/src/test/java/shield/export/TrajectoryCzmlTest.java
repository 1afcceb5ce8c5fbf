package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shield.flight.Trajectory;

/**
 * Checks the document against the CZML rules that CesiumJS relies on (CZML Guide, Cesium
 * czml-writer wiki): a first packet with id "document" and a version, unique packet ids, ordered
 * availability intervals and strictly increasing sample times.
 */
class TrajectoryCzmlTest {

  private static final Instant EPOCH = Instant.parse("2011-11-29T12:00:00Z");

  private static Trajectory arc;
  private static JsonNode czml;

  @BeforeAll
  static void write() throws IOException {
    arc = CircularArc.trajectory();
    StringWriter out = new StringWriter();
    TrajectoryCzml.write("srbm-1", "SRBM from Tabriz", arc, EPOCH, out);
    czml = new ObjectMapper().readTree(out.toString());
  }

  @Test
  void startsWithTheDocumentPacketAndItsClock() {
    assertThat(czml.isArray()).isTrue();
    JsonNode doc = czml.get(0);
    assertThat(doc.get("id").asText()).isEqualTo("document");
    assertThat(doc.get("version").asText()).isEqualTo("1.0");
    JsonNode clock = doc.get("clock");
    assertThat(clock.get("interval").asText())
        .isEqualTo("2011-11-29T12:01:40Z/2011-11-29T12:06:40Z");
    assertThat(clock.get("currentTime").asText()).isEqualTo("2011-11-29T12:01:40Z");
    assertThat(clock.get("multiplier").asDouble()).isEqualTo(5);
  }

  @Test
  void packetIdsAreUniqueAndEventsAreNamedAfterTheMissile() {
    List<String> ids = new ArrayList<>();
    czml.forEach(p -> ids.add(p.get("id").asText()));
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(ids)
        .containsExactly(
            "document",
            "srbm-1",
            "srbm-1/launch",
            "srbm-1/stage-1-burnout",
            "srbm-1/burnout",
            "srbm-1/apogee",
            "srbm-1/impact");
  }

  @Test
  void everyAvailabilityIntervalIsOrdered() {
    int intervals = 0;
    for (JsonNode p : czml) {
      for (JsonNode interval : List.of(p.path("availability"), p.path("clock").path("interval"))) {
        if (interval.isTextual()) {
          String[] ends = interval.asText().split("/");
          assertThat(Instant.parse(ends[0])).isBeforeOrEqualTo(Instant.parse(ends[1]));
          intervals++;
        }
      }
    }
    assertThat(intervals).isEqualTo(1 + 1 + 5);
    assertThat(czml.get(5).get("availability").asText())
        .isEqualTo("2011-11-29T12:04:10Z/2011-11-29T12:06:40Z");
  }

  @Test
  void samplesEachSmoothPieceInItsOwnIntervalInStrictlyIncreasingTime() {
    JsonNode missile = czml.get(1);
    assertThat(missile.get("availability").asText())
        .isEqualTo("2011-11-29T12:01:40Z/2011-11-29T12:06:40Z");
    JsonNode pieces = missile.get("position");
    // 32 samples, two of them at the staging time: two pieces that meet there.
    assertThat(pieces.size()).isEqualTo(2);
    int samples = 0;
    double previousEndS = Double.NaN;
    for (JsonNode piece : pieces) {
      assertThat(piece.get("epoch").asText()).isEqualTo("2011-11-29T12:01:40Z");
      assertThat(piece.get("referenceFrame").asText()).isEqualTo("FIXED");
      assertThat(piece.get("interpolationAlgorithm").asText()).isEqualTo("LAGRANGE");
      assertThat(piece.get("interpolationDegree").asInt()).isEqualTo(5);
      JsonNode c = piece.get("cartesian");
      for (int i = 4; i < c.size(); i += 4) {
        assertThat(c.get(i).asDouble()).isGreaterThan(c.get(i - 4).asDouble());
      }
      String[] ends = piece.get("interval").asText().split("/");
      assertThat(Instant.parse(ends[0])).isBefore(Instant.parse(ends[1]));
      double startS = CircularArc.START_S + c.get(0).asDouble();
      double endS = CircularArc.START_S + c.get(c.size() - 4).asDouble();
      // The piece covers its samples, widened by a nanosecond each way.
      assertThat(Instant.parse(ends[0])).isEqualTo(EPOCH.plusNanos(Math.round(startS * 1e9) - 1));
      assertThat(Instant.parse(ends[1])).isEqualTo(EPOCH.plusNanos(Math.round(endS * 1e9) + 1));
      if (samples > 0) {
        // Each piece starts where the last one ended: at the staging time.
        assertThat(c.get(0).asDouble()).isEqualTo(previousEndS);
      }
      previousEndS = c.get(c.size() - 4).asDouble();
      samples += c.size() / 4;
    }
    assertThat(samples).isEqualTo(32);
    JsonNode firstPiece = pieces.get(0).get("cartesian");
    JsonNode lastPiece = pieces.get(pieces.size() - 1).get("cartesian");
    double[] first = CircularArc.stateEcef(CircularArc.START_S);
    double[] last = CircularArc.stateEcef(CircularArc.END_S);
    int n = lastPiece.size() - 4;
    assertThat(firstPiece.get(0).asDouble()).isZero();
    assertThat(lastPiece.get(n).asDouble()).isEqualTo(CircularArc.END_S - CircularArc.START_S);
    for (int k = 0; k < 3; k++) {
      // JSON keeps all the digits of a double: equal to the metre's last bit.
      assertThat(firstPiece.get(1 + k).asDouble()).isEqualTo(first[k]);
      assertThat(lastPiece.get(n + 1 + k).asDouble()).isEqualTo(last[k]);
    }
  }

  @Test
  void drawsThePointTheTrailAndTheLabel() {
    JsonNode missile = czml.get(1);
    assertThat(missile.get("point").get("pixelSize").asInt()).isPositive();
    JsonNode path = missile.get("path");
    assertThat(path.get("leadTime").asDouble()).isZero();
    assertThat(path.get("trailTime").asDouble()).isEqualTo(300);
    assertThat(path.get("width").asDouble()).isPositive();
    assertThat(missile.get("label").get("text").asText()).isEqualTo("SRBM from Tabriz");
  }

  @Test
  void marksEachEventWhereItHappened() {
    JsonNode apogee = czml.get(5);
    assertThat(apogee.get("name").asText()).isEqualTo("SRBM from Tabriz: Apogee");
    assertThat(apogee.get("description").asText())
        .startsWith("<p>Apogee at T+150.0 s (2011-11-29T12:04:10.000Z)<br>altitude ");
    JsonNode c = apogee.get("position").get("cartesian");
    double[] pv = CircularArc.stateEcef(250);
    assertThat(c.size()).isEqualTo(3);
    for (int k = 0; k < 3; k++) {
      assertThat(c.get(k).asDouble()).isCloseTo(pv[k], within(1e-6));
    }
    Set<String> names = new HashSet<>();
    czml.forEach(p -> names.add(p.path("name").asText()));
    assertThat(names).contains("SRBM from Tabriz: Stage 1 burnout", "SRBM from Tabriz: Impact");
  }
}
