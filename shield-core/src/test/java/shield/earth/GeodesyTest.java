package shield.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GeodesyTest {

  @Test
  void karney2013InverseExample() {
    // Karney (2013), "Algorithms for geodesics", J. Geod. 87:43–55, worked inverse example on
    // WGS84: φ1 = −30°, φ2 = 29.9°, λ12 = 179.8° (nearly antipodal) → α1 = 161.89052473633°,
    // α2 = 18.09073724574°, s12 = 19989832.827610 m. Tolerances: 1e-5 m, 1e-10° (≈ 11 µm).
    GeodesicLeg leg =
        Geodesy.inverse(Geodetic.ofDegrees(-30, 0, 0), Geodetic.ofDegrees(29.9, 179.8, 0));
    Validation.record(
        "inverse: s12, (−30°, 0°) → (29.9°, 179.8°)",
        "Karney 2013, worked inverse example",
        "19989832.827610 m",
        String.format("%.6f m", leg.distanceM()),
        "1e-5 m");
    Validation.record(
        "inverse: α1, α2",
        "Karney 2013, worked inverse example",
        "161.89052473633°, 18.09073724574°",
        String.format(
            "%.11f°, %.11f°",
            Math.toDegrees(leg.initialAzimuthRad()), Math.toDegrees(leg.finalAzimuthRad())),
        "1e-10°");
    assertThat(leg.distanceM()).isCloseTo(19989832.827610, within(1e-5));
    assertThat(Math.toDegrees(leg.initialAzimuthRad())).isCloseTo(161.89052473633, within(1e-10));
    assertThat(Math.toDegrees(leg.finalAzimuthRad())).isCloseTo(18.09073724574, within(1e-10));
  }

  @Test
  void karney2013DirectExample() {
    // Karney (2013), worked direct example on WGS84: φ1 = 40°, α1 = 30°, s12 = 10,000 km →
    // φ2 = 41.79331020506°, λ12 = 137.84490004377°. Tolerance 1e-10° (≈ 11 µm).
    Geodetic end = Geodesy.direct(Geodetic.ofDegrees(40, 0, 0), Math.toRadians(30), 10e6);
    Validation.record(
        "direct: (40°, 0°), α1 = 30°, 10,000 km → φ2, λ2",
        "Karney 2013, worked direct example",
        "41.79331020506°, 137.84490004377°",
        String.format("%.11f°, %.11f°", end.latitudeDeg(), end.longitudeDeg()),
        "1e-10°");
    assertThat(end.latitudeDeg()).isCloseTo(41.79331020506, within(1e-10));
    assertThat(end.longitudeDeg()).isCloseTo(137.84490004377, within(1e-10));
    assertThat(end.heightM()).isZero();
  }

  @Test
  void directUndoesInverse() {
    // Consistency: direct(from, inverse(from, to)) lands on `to` within 1 mm, for 5,000 seeded
    // pairs including antimeridian crossings, near-antipodal pairs and polar points.
    Random random = new Random(2013L);
    double worst = 0;
    for (int i = 0; i < 5_000; i++) {
      Geodetic from = randomPlace(random);
      Geodetic to =
          switch (i % 10) {
            case 0 ->
                Geodetic.ofDegrees(-from.latitudeDeg() + 0.01, from.longitudeDeg() + 179.9, 0);
            case 1 -> Geodetic.ofDegrees(90, 0, 0);
            case 2 -> Geodetic.ofDegrees(from.latitudeDeg(), 180 - 1e-9, 0);
            default -> randomPlace(random);
          };
      GeodesicLeg leg = Geodesy.inverse(from, to);
      assertThat(leg.initialAzimuthRad()).isGreaterThanOrEqualTo(0).isLessThan(2 * Math.PI);
      assertThat(leg.finalAzimuthRad()).isGreaterThanOrEqualTo(0).isLessThan(2 * Math.PI);
      Geodetic end = Geodesy.direct(from, leg.initialAzimuthRad(), leg.distanceM());
      worst = Math.max(worst, Wgs84.toEcef(end).distance(Wgs84.toEcef(to.withHeightM(0))));
    }
    Validation.record(
        "direct(inverse(a, b)) = b, 5,000 pairs",
        "self-consistency",
        "0 m",
        String.format("worst %.1e m", worst),
        "1 mm");
    assertThat(worst).isLessThan(1e-3);
  }

  @Test
  void heightsAreIgnored() {
    Geodetic a = Geodetic.ofDegrees(51.5, -0.1, 0);
    Geodetic b = Geodetic.ofDegrees(40.6, -73.8, 0);
    assertThat(Geodesy.inverse(a.withHeightM(1e5), b.withHeightM(-300)))
        .isEqualTo(Geodesy.inverse(a, b));
  }

  private static Geodetic randomPlace(Random random) {
    return new Geodetic(
        Math.asin(2 * random.nextDouble() - 1), Math.PI * (2 * random.nextDouble() - 1), 0);
  }
}
