package shield.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.utils.Constants;

class Wgs84Test {

  @Test
  void derivedConstantsMatchWgs84Publication() {
    // NIMA TR8350.2 (3rd ed.), Table 3.3: b = 6356752.3142 m, e² = 6.69437999014e-3.
    assertThat(Wgs84.POLAR_RADIUS_M).isCloseTo(6356752.3142, within(1e-4));
    assertThat(Wgs84.ECCENTRICITY_SQUARED).isCloseTo(6.69437999014e-3, within(1e-14));
    // Same constants as Orekit's (independent transcription).
    assertThat(Wgs84.EQUATORIAL_RADIUS_M).isEqualTo(Constants.WGS84_EARTH_EQUATORIAL_RADIUS);
    assertThat(Wgs84.FLATTENING).isEqualTo(Constants.WGS84_EARTH_FLATTENING);
    assertThat(Wgs84.MU_M3_S2).isEqualTo(Constants.WGS84_EARTH_MU);
    assertThat(Wgs84.ROTATION_RATE_RAD_S).isEqualTo(Constants.WGS84_EARTH_ANGULAR_VELOCITY);
    assertThat(Wgs84.J2).isEqualTo(-Constants.EGM96_EARTH_C20);
    // IUGG R1 = (2a + b)/3, to the 0.1 m it is quoted with.
    assertThat(Wgs84.MEAN_RADIUS_M)
        .isCloseTo((2 * Wgs84.EQUATORIAL_RADIUS_M + Wgs84.POLAR_RADIUS_M) / 3, within(0.05));
  }

  @Test
  void valladoExample3_3() {
    // Vallado, Fundamentals of Astrodynamics and Applications, Ex. 3-3. Vallado iterates to a
    // tolerance and prints 34.352496°; the exact answer (Orekit agrees with Shield to 1e-15 rad
    // below) is 8.5e-7° lower, so latitude gets 1e-6° (0.2 m at this radius). Longitude 5e-5° and
    // height 5 m (0.005 km) are half a unit in the last printed digit.
    Geodetic g = Wgs84.toGeodetic(6524834.0, 6862875.0, 6448296.0);
    GeodeticPoint oracle =
        OrekitOracle.EARTH.transform(
            new Vector3D(6524834.0, 6862875.0, 6448296.0), OrekitOracle.FRAME, OrekitOracle.DATE);
    assertThat(g.latitudeRad()).isCloseTo(oracle.getLatitude(), within(1e-14));
    assertThat(g.heightM()).isCloseTo(oracle.getAltitude(), within(1e-6));
    Validation.record(
        "Vallado Ex. 3-3 latitude",
        "Vallado Ex. 3-3",
        "34.352496°",
        String.format("%.7f°", g.latitudeDeg()),
        "1e-6°");
    Validation.record(
        "Vallado Ex. 3-3 longitude",
        "Vallado Ex. 3-3",
        "46.4464°",
        String.format("%.6f°", g.longitudeDeg()),
        "5e-5°");
    Validation.record(
        "Vallado Ex. 3-3 height",
        "Vallado Ex. 3-3",
        "5085.22 km",
        String.format("%.4f km", g.heightM() / 1000),
        "5 m");
    assertThat(g.latitudeDeg()).isCloseTo(34.352496, within(1e-6));
    assertThat(g.longitudeDeg()).isCloseTo(46.4464, within(5e-5));
    assertThat(g.heightM()).isCloseTo(5085.22e3, within(5.0));
    assertThat(Wgs84.heightM(6524834.0, 6862875.0, 6448296.0)).isCloseTo(g.heightM(), within(1e-6));
  }

  @Test
  void nvectorExample4() {
    // Gade (2010), "A non-singular horizontal position representation", J. Navigation 63,
    // Example 4 (n-vector toolbox): lat 1°, lon 2°, h 3 m. Tolerance 1 mm per axis.
    Vector3D p = Wgs84.toEcef(Geodetic.ofDegrees(1, 2, 3));
    Vector3D expected = new Vector3D(6373290.27721828, 222560.20067474, 110568.82718179);
    double error = p.distance(expected);
    Validation.record(
        "n-vector Example 4 (1°, 2°, 3 m) → ECEF",
        "Gade 2010, Example 4",
        "(6373290.27721828, 222560.20067474, 110568.82718179) m",
        String.format("error %.2e m", error),
        "1 mm");
    assertThat(error).isLessThan(1e-3);
    double[] out = new double[3];
    Wgs84.toEcef(Math.toRadians(1), Math.toRadians(2), 3, out);
    assertThat(new Vector3D(out).distance(expected)).isLessThan(1e-3);
  }

  @Test
  void roundTripsAgreeWithOrekitOneAxisEllipsoid() {
    // Oracle: Orekit OneAxisEllipsoid with Orekit's WGS84 constants. 20,000 seeded points, plus the
    // poles, the antimeridian and the equator; heights −5 km .. 40,000 km. Tolerances: 1 mm in
    // position and height, 1e-10 rad in latitude and longitude.
    Random random = new Random(19_840_101L);
    List<Geodetic> points = new ArrayList<>();
    double[] specialLatitudes = {90, -90, 89.999999, -89.999999, 0, 45};
    double[] specialLongitudes = {180, -180, 179.9999999, -179.9999999, 0};
    double[] specialHeights = {-5e3, 0, 1, 1e5, 4e7};
    for (double lat : specialLatitudes) {
      for (double lon : specialLongitudes) {
        for (double h : specialHeights) {
          points.add(Geodetic.ofDegrees(lat, lon, h));
        }
      }
    }
    for (int i = 0; i < 20_000; i++) {
      double lat = Math.asin(2 * random.nextDouble() - 1);
      double lon = Math.PI * (2 * random.nextDouble() - 1);
      // Half near the surface, half spread up to geostationary-and-beyond heights.
      double h =
          i % 2 == 0 ? -5e3 + 105e3 * random.nextDouble() : -5e3 + 4.0005e7 * random.nextDouble();
      points.add(new Geodetic(lat, lon, h));
    }
    double worstPosition = 0;
    double worstHeight = 0;
    double worstAngle = 0;
    double worstFastHeight = 0;
    for (Geodetic g : points) {
      Vector3D oracle =
          OrekitOracle.EARTH.transform(
              new GeodeticPoint(g.latitudeRad(), g.longitudeRad(), g.heightM()));
      Vector3D shield = Wgs84.toEcef(g);
      worstPosition = Math.max(worstPosition, shield.distance(oracle));

      GeodeticPoint back =
          OrekitOracle.EARTH.transform(oracle, OrekitOracle.FRAME, OrekitOracle.DATE);
      Geodetic mine = Wgs84.toGeodetic(oracle);
      worstHeight = Math.max(worstHeight, Math.abs(mine.heightM() - back.getAltitude()));
      worstHeight = Math.max(worstHeight, Math.abs(mine.heightM() - g.heightM()));
      worstAngle = Math.max(worstAngle, Math.abs(mine.latitudeRad() - back.getLatitude()));
      worstAngle = Math.max(worstAngle, Math.abs(mine.latitudeRad() - g.latitudeRad()));
      // Longitude is undefined on the axis; compare it off the axis only.
      if (Math.hypot(oracle.getX(), oracle.getY()) > 1e-3) {
        worstAngle = Math.max(worstAngle, angleBetween(mine.longitudeRad(), back.getLongitude()));
        worstAngle = Math.max(worstAngle, angleBetween(mine.longitudeRad(), g.longitudeRad()));
      }
      worstFastHeight =
          Math.max(
              worstFastHeight,
              Math.abs(
                  Wgs84.heightM(oracle.getX(), oracle.getY(), oracle.getZ()) - mine.heightM()));
    }
    Validation.record(
        "geodetic → ECEF, " + points.size() + " points",
        "Orekit OneAxisEllipsoid",
        "Orekit's ECEF",
        String.format("worst %.1e m", worstPosition),
        "1 mm");
    Validation.record(
        "ECEF → geodetic height (toGeodetic and heightM)",
        "Orekit OneAxisEllipsoid",
        "Orekit's height and the input height",
        String.format("worst %.1e m", Math.max(worstHeight, worstFastHeight)),
        "1 mm");
    Validation.record(
        "ECEF → geodetic latitude, longitude",
        "Orekit OneAxisEllipsoid",
        "Orekit's angles and the input angles",
        String.format("worst %.1e rad", worstAngle),
        "1e-10 rad");
    assertThat(worstPosition).isLessThan(1e-3);
    assertThat(worstHeight).isLessThan(1e-3);
    assertThat(worstAngle).isLessThan(1e-10);
    assertThat(worstFastHeight).isLessThan(1e-3);
  }

  @Test
  void centreAndEquatorialPlaneInsideTheEvolute() {
    // At the centre the nearest surface points are the poles, so the height is −b. On the
    // equatorial plane inside the evolute (ρ < a·e² ≈ 42.7 km) the nearest points are off the
    // plane;
    // oracle there: Orekit OneAxisEllipsoid. Tolerance 1 mm.
    assertThat(Wgs84.heightM(0, 0, 0)).isCloseTo(-Wgs84.POLAR_RADIUS_M, within(1e-3));
    assertThat(Wgs84.toGeodetic(0, 0, 0).heightM()).isCloseTo(-Wgs84.POLAR_RADIUS_M, within(1e-3));
    for (double x : new double[] {1.0, 1e3, 2e4, 42_000, 42_697, 50_000, 1e6}) {
      Vector3D p = new Vector3D(x, 0, 0);
      GeodeticPoint oracle = OrekitOracle.EARTH.transform(p, OrekitOracle.FRAME, OrekitOracle.DATE);
      assertThat(Wgs84.heightM(x, 0, 0))
          .as("x = %s m", x)
          .isCloseTo(oracle.getAltitude(), within(1e-3));
      Geodetic mine = Wgs84.toGeodetic(p);
      assertThat(Wgs84.toEcef(mine).distance(p)).as("x = %s m", x).isLessThan(1e-3);
    }
  }

  @Test
  void geodeticRejectsBadInputWithClearMessages() {
    assertThatThrownBy(() -> new Geodetic(Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
    assertThatThrownBy(() -> Geodetic.ofDegrees(90.0001, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[-90, 90] degrees");
    assertThatThrownBy(() -> new Geodetic(0, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> new Geodetic(0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("height");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-540, -180, -179.5, 0, 179.5, 180, 190, 360, 540, 725})
  void longitudeIsNormalisedToMinusPiInclusivePiExclusive(double longitudeDeg) {
    Geodetic g = Geodetic.ofDegrees(10, longitudeDeg, 0);
    assertThat(g.longitudeRad()).isGreaterThanOrEqualTo(-Math.PI).isLessThan(Math.PI);
    assertThat(angleBetween(g.longitudeRad(), Math.toRadians(longitudeDeg))).isLessThan(1e-12);
  }

  @Test
  void withHeightKeepsTheHorizontalPosition() {
    Geodetic g = Geodetic.ofDegrees(12, 34, 56).withHeightM(78);
    assertThat(g.latitudeDeg()).isCloseTo(12, within(1e-12));
    assertThat(g.longitudeDeg()).isCloseTo(34, within(1e-12));
    assertThat(g.heightM()).isEqualTo(78);
  }

  private static double angleBetween(double a, double b) {
    return Math.abs(Math.IEEEremainder(a - b, 2 * Math.PI));
  }
}
