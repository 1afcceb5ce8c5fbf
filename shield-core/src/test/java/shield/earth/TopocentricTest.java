package shield.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.frames.TopocentricFrame;

class TopocentricTest {

  @Test
  void lookAnglesAgreeWithOrekitTopocentricFrame() {
    // Oracle: Orekit TopocentricFrame on OneAxisEllipsoid (WGS84). 5,000 seeded site/target pairs
    // with sites at random places (plus both poles and the antimeridian) and targets up to
    // 40,000 km away. Tolerances: 1e-9 rad in azimuth and elevation, 1 mm in range.
    Random random = new Random(42_4242L);
    double worstAngle = 0;
    double worstRange = 0;
    for (int i = 0; i < 5_000; i++) {
      Geodetic site =
          switch (i % 50) {
            case 0 -> Geodetic.ofDegrees(90, 360 * random.nextDouble(), 100 * random.nextDouble());
            case 1 -> Geodetic.ofDegrees(-90, 360 * random.nextDouble(), 10);
            case 2 -> Geodetic.ofDegrees(60 * random.nextDouble(), 180, 2_085);
            default -> randomPlace(random, 5e4);
          };
      Vector3D target;
      if (i % 7 == 0) {
        // A target exactly over a pole.
        target =
            Wgs84.toEcef(Geodetic.ofDegrees(i % 2 == 0 ? 90 : -90, 0, 1e6 * random.nextDouble()));
      } else {
        target = Wgs84.toEcef(randomPlace(random, 4e7));
      }
      Topocentric mine = new Topocentric(site);
      TopocentricFrame oracle =
          new TopocentricFrame(
              OrekitOracle.EARTH,
              new GeodeticPoint(site.latitudeRad(), site.longitudeRad(), site.heightM()),
              "site");
      Aer aer = mine.look(target);
      double az = oracle.getAzimuth(target, OrekitOracle.FRAME, OrekitOracle.DATE);
      double el = oracle.getElevation(target, OrekitOracle.FRAME, OrekitOracle.DATE);
      double range = oracle.getRange(target, OrekitOracle.FRAME, OrekitOracle.DATE);
      assertThat(aer.azimuthRad()).isGreaterThanOrEqualTo(0).isLessThan(2 * Math.PI);
      // Azimuth is meaningless straight up or down; skip it within 1e-6 rad of the zenith/nadir.
      if (Math.abs(Math.abs(el) - Math.PI / 2) > 1e-6) {
        worstAngle =
            Math.max(worstAngle, Math.abs(Math.IEEEremainder(aer.azimuthRad() - az, 2 * Math.PI)));
      }
      worstAngle = Math.max(worstAngle, Math.abs(aer.elevationRad() - el));
      worstRange = Math.max(worstRange, Math.abs(aer.rangeM() - range));
    }
    Validation.record(
        "azimuth, elevation, range (5,000 pairs, incl. poles)",
        "Orekit TopocentricFrame",
        "Orekit's az/el/range",
        String.format("worst %.1e rad, %.1e m", worstAngle, worstRange),
        "1e-9 rad, 1 mm");
    assertThat(worstAngle).isLessThan(1e-9);
    assertThat(worstRange).isLessThan(1e-3);
  }

  @Test
  void axesAreOrthonormalRightHandedAndUpIsTheEllipsoidNormal() {
    Random random = new Random(7L);
    for (int i = 0; i < 200; i++) {
      Geodetic site = randomPlace(random, 1e4);
      Topocentric t = new Topocentric(site);
      assertThat(t.east().getNorm()).isCloseTo(1, within(1e-15));
      assertThat(t.north().getNorm()).isCloseTo(1, within(1e-15));
      assertThat(Vector3D.crossProduct(t.east(), t.north()).distance(t.up())).isLessThan(1e-15);
      // Moving 1 m along "up" changes the geodetic height by 1 m and nothing else (to 1 µm).
      Geodetic above = Wgs84.toGeodetic(t.originEcef().add(t.up()));
      assertThat(above.heightM() - site.heightM()).isCloseTo(1, within(1e-6));
      assertThat(t.origin()).isEqualTo(site);
    }
  }

  @Test
  void directionPointsWhereLookSays() {
    Random random = new Random(11L);
    for (int i = 0; i < 1_000; i++) {
      Topocentric t = new Topocentric(randomPlace(random, 1e4));
      double az = 2 * Math.PI * random.nextDouble();
      double el = Math.PI * (random.nextDouble() - 0.5) * 0.999;
      Vector3D direction = t.direction(az, el);
      assertThat(direction.getNorm()).isCloseTo(1, within(1e-15));
      Aer aer = t.look(t.originEcef().add(direction.scalarMultiply(1e5)));
      assertThat(Math.IEEEremainder(aer.azimuthRad() - az, 2 * Math.PI)).isCloseTo(0, within(1e-9));
      assertThat(aer.elevationRad()).isCloseTo(el, within(1e-9));
      assertThat(aer.rangeM()).isCloseTo(1e5, within(1e-6));
      Vector3D enu = t.toEnu(t.originEcef().add(direction));
      assertThat(t.enuToEcefDirection(enu).distance(direction)).isLessThan(1e-9);
    }
  }

  @Test
  void aPointAtTheOriginLooksStraightAheadNorth() {
    Topocentric t = new Topocentric(Geodetic.ofDegrees(10, 20, 30));
    assertThat(t.look(t.originEcef())).isEqualTo(new Aer(0, 0, 0));
  }

  private static Geodetic randomPlace(Random random, double maxHeightM) {
    return new Geodetic(
        Math.asin(2 * random.nextDouble() - 1),
        Math.PI * (2 * random.nextDouble() - 1),
        maxHeightM * random.nextDouble());
  }
}
