package shield.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the decoding of Natural Earth's 1:50m countries against known geography: the land border
 * between Poland and Russia's Kaliningrad oblast (Wikipedia, "Poland–Russia border": from the
 * Lithuanian tripoint, 54°21′N 22°47′E, west along about 54.4°N to the Vistula Spit, 54°27′N
 * 19°38′E), and which places lie on land.
 */
class BaseMapTest {

  private static final BaseMap MAP = BaseMap.naturalEarth();

  @Test
  void findsCoastlinesAndBordersInSensibleNumbers() {
    // world-atlas 2.0.2's countries-50m holds 1,959 arcs, each a coast or a border.
    assertThat(MAP.coastlines()).hasSizeBetween(1000, 2500);
    assertThat(MAP.borders()).hasSizeBetween(200, 600);
    assertThat(MAP.coastlines().size() + MAP.borders().size()).isLessThanOrEqualTo(1959);
    for (BaseMap.Polyline line : MAP.coastlines()) {
      for (int i = 0; i < line.size(); i++) {
        assertThat(line.latitudesDeg()[i]).isBetween(-90.0, 90.0);
        assertThat(line.longitudesDeg()[i]).isBetween(-180.0, 180.0);
      }
    }
  }

  @Test
  void theKaliningradBorderIsABorderAndNotACoast() {
    // Tolerance 0.06° (about 6 km): the 1:50m outlines are generalised.
    assertThat(MAP.borders())
        .anySatisfy(line -> assertRunsBetween(line, 54.35, 22.78, 54.45, 19.63));
    assertThat(MAP.coastlines())
        .noneSatisfy(line -> assertRunsBetween(line, 54.35, 22.78, 54.45, 19.63));
  }

  private static void assertRunsBetween(
      BaseMap.Polyline line, double lat1, double lon1, double lat2, double lon2) {
    assertThat(hasVertexNear(line, lat1, lon1) && hasVertexNear(line, lat2, lon2)).isTrue();
  }

  private static boolean hasVertexNear(BaseMap.Polyline line, double latDeg, double lonDeg) {
    for (int i = 0; i < line.size(); i++) {
      if (Math.abs(line.latitudesDeg()[i] - latDeg) < 0.06
          && Math.abs(line.longitudesDeg()[i] - lonDeg) < 0.06) {
        return true;
      }
    }
    return false;
  }

  @Test
  void landRingsHoldTheCapitalsAndNotTheOcean() {
    List<BaseMap.Polyline> land = BaseMap.naturalEarthLand();
    assertThat(land).hasSizeGreaterThan(1000);
    for (BaseMap.Polyline ring : land) {
      int n = ring.size();
      assertThat(ring.latitudesDeg()[0]).isEqualTo(ring.latitudesDeg()[n - 1]);
      assertThat(ring.longitudesDeg()[0]).isEqualTo(ring.longitudesDeg()[n - 1]);
    }
    assertThat(onLand(land, 52.23, 21.01)).as("Warsaw").isTrue();
    assertThat(onLand(land, 55.76, 37.62)).as("Moscow").isTrue();
    assertThat(onLand(land, 38.90, -77.04)).as("Washington").isTrue();
    assertThat(onLand(land, 45.0, -30.0)).as("mid-Atlantic").isFalse();
    assertThat(onLand(land, 56.5, 3.5)).as("North Sea").isFalse();
  }

  /** Even–odd crossings on the plane of longitude and latitude; enough away from the poles. */
  private static boolean onLand(List<BaseMap.Polyline> land, double latDeg, double lonDeg) {
    for (BaseMap.Polyline ring : land) {
      boolean inside = false;
      double[] lat = ring.latitudesDeg();
      double[] lon = ring.longitudesDeg();
      for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        if ((lat[i] > latDeg) != (lat[j] > latDeg)
            && lonDeg < lon[j] + (latDeg - lat[j]) / (lat[i] - lat[j]) * (lon[i] - lon[j])) {
          inside = !inside;
        }
      }
      if (inside) {
        return true;
      }
    }
    return false;
  }
}
