package shield.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the CZML format that every Shield document must keep, from the CZML Guide and packet
 * reference (Cesium czml-writer wiki): a document packet first, with version 1.0 and a clock;
 * packet ids present and unique; every interval's start at or before its end; every availability
 * within the document's clock; sampled positions with four numbers per sample and times strictly
 * increasing within each interval; and for an ellipsoid, positive radii, clock and cone spans in
 * their ranges (at most a turn; cones within [0, π]) and a unit orientation.
 */
final class CzmlRules {

  /** How far a unit quaternion's norm may be from 1 (double rounding of four components). */
  private static final double UNIT_TOLERANCE = 1e-12;

  private CzmlRules() {}

  /** Asserts every rule of the class comment on a document. */
  static void assertValid(JsonNode czml) {
    assertThat(czml.isArray()).as("a CZML document is an array of packets").isTrue();
    assertThat(czml.size()).isPositive();
    JsonNode document = czml.get(0);
    assertThat(document.path("id").asText()).as("first packet").isEqualTo("document");
    assertThat(document.path("version").asText()).isEqualTo("1.0");
    Instant[] clock = interval(document.path("clock").path("interval").asText(), "clock");

    Set<String> ids = new HashSet<>();
    for (JsonNode p : czml) {
      String id = p.path("id").asText("");
      assertThat(id).as("every packet has an id").isNotEmpty();
      assertThat(ids.add(id)).as("packet id %s is unique", id).isTrue();
      if (p.has("availability")) {
        Instant[] a = interval(p.get("availability").asText(), id + " availability");
        assertThat(a[0]).as("%s available from within the clock", id).isAfterOrEqualTo(clock[0]);
        assertThat(a[1]).as("%s available until within the clock", id).isBeforeOrEqualTo(clock[1]);
      }
      for (JsonNode piece : pieces(p.path("position"))) {
        assertPosition(id, piece);
      }
      if (p.has("ellipsoid")) {
        assertEllipsoid(id, p);
      }
    }
  }

  private static void assertPosition(String id, JsonNode piece) {
    if (piece.has("interval")) {
      interval(piece.get("interval").asText(), id + " position interval");
    }
    JsonNode c = piece.path("cartesian");
    assertThat(c.isArray()).as("%s position is cartesian", id).isTrue();
    if (!piece.has("epoch")) {
      assertThat(c.size()).as("%s fixed position", id).isEqualTo(3);
      return;
    }
    Instant.parse(piece.get("epoch").asText());
    assertThat(c.size() % 4).as("%s samples of (time, x, y, z)", id).isZero();
    for (int i = 4; i < c.size(); i += 4) {
      assertThat(c.get(i).asDouble())
          .as("%s sample times increase", id)
          .isGreaterThan(c.get(i - 4).asDouble());
    }
  }

  private static void assertEllipsoid(String id, JsonNode p) {
    JsonNode e = p.get("ellipsoid");
    JsonNode radii = e.path("radii").path("cartesian");
    assertThat(radii.size()).as("%s radii", id).isEqualTo(3);
    radii.forEach(r -> assertThat(r.asDouble()).as("%s radius (m)", id).isPositive().isFinite());
    double minClock = e.path("minimumClock").asDouble(0);
    double maxClock = e.path("maximumClock").asDouble(2 * Math.PI);
    double minCone = e.path("minimumCone").asDouble(0);
    double maxCone = e.path("maximumCone").asDouble(Math.PI);
    assertThat(minClock).as("%s clock span", id).isLessThan(maxClock);
    assertThat(maxClock - minClock).as("%s clock span", id).isLessThanOrEqualTo(2 * Math.PI);
    assertThat(minCone).as("%s cone", id).isGreaterThanOrEqualTo(0).isLessThan(maxCone);
    assertThat(maxCone).as("%s cone", id).isLessThanOrEqualTo(Math.PI);
    if (p.has("orientation")) {
      JsonNode q = p.get("orientation").path("unitQuaternion");
      assertThat(q.size()).as("%s quaternion [x, y, z, w]", id).isEqualTo(4);
      double norm = 0;
      for (JsonNode component : q) {
        norm += component.asDouble() * component.asDouble();
      }
      assertThat(Math.sqrt(norm))
          .as("%s unit quaternion", id)
          .isBetween(1 - UNIT_TOLERANCE, 1 + UNIT_TOLERANCE);
    }
  }

  /** A position written as one object or as an array of interval pieces. */
  private static List<JsonNode> pieces(JsonNode position) {
    List<JsonNode> out = new ArrayList<>();
    if (position.isArray()) {
      position.forEach(out::add);
    } else if (position.isObject()) {
      out.add(position);
    }
    return out;
  }

  private static Instant[] interval(String text, String what) {
    String[] ends = text.split("/");
    assertThat(ends).as("%s is start/end: %s", what, text).hasSize(2);
    Instant start = Instant.parse(ends[0]);
    Instant end = Instant.parse(ends[1]);
    assertThat(start).as("%s starts at or before its end", what).isBeforeOrEqualTo(end);
    return new Instant[] {start, end};
  }
}
