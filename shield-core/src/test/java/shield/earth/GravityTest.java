package shield.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.NewtonianAttraction;
import org.orekit.propagation.SpacecraftState;
import org.orekit.utils.AbsolutePVCoordinates;

class GravityTest {

  @Test
  void agreesWithOrekitNewtonianAttractionPlusJ2OnlyPerturbation() {
    // Oracle: Orekit NewtonianAttraction + J2OnlyPerturbation with the same μ, a and J2, at 10,000
    // seeded points from 100 km below the surface to 40,000 km up. Tolerance: 1e-12 of |a|.
    NewtonianAttraction newton = new NewtonianAttraction(Wgs84.MU_M3_S2);
    J2OnlyPerturbation j2 =
        new J2OnlyPerturbation(
            Wgs84.MU_M3_S2, Wgs84.EQUATORIAL_RADIUS_M, Wgs84.J2, OrekitOracle.FRAME);
    Random random = new Random(1998L);
    double[] mine = new double[3];
    double worst = 0;
    for (int i = 0; i < 10_000; i++) {
      Vector3D direction =
          new Vector3D(random.nextGaussian(), random.nextGaussian(), random.nextGaussian())
              .normalize();
      Vector3D position = direction.scalarMultiply(6.28e6 + 4.0e7 * random.nextDouble());
      SpacecraftState state =
          new SpacecraftState(
              new AbsolutePVCoordinates(
                  OrekitOracle.FRAME, OrekitOracle.DATE, position, Vector3D.ZERO));
      Vector3D oracle =
          newton
              .acceleration(state, newton.getParameters(OrekitOracle.DATE))
              .add(j2.acceleration(state, j2.getParameters(OrekitOracle.DATE)));
      Gravity.accelerationJ2(position.getX(), position.getY(), position.getZ(), mine);
      worst = Math.max(worst, new Vector3D(mine).distance(oracle) / oracle.getNorm());
      assertThat(Gravity.accelerationJ2(position).distance(new Vector3D(mine))).isZero();
    }
    Validation.record(
        "μ + J2 acceleration, 10,000 points",
        "Orekit NewtonianAttraction + J2OnlyPerturbation",
        "Orekit's acceleration",
        String.format("worst %.1e relative", worst),
        "1e-12 relative");
    assertThat(worst).isLessThan(1e-12);
  }

  @Test
  void closedFormValuesAtTheEquatorAndThePole() {
    // Closed form of the μ + J2 potential: on the equator at r = a, g = μ/a²·(1 + 3/2·J2);
    // at the pole at r = b, g = μ/b²·(1 − 3·J2·(a/b)²). Tolerance 1e-12 m/s².
    double a = Wgs84.EQUATORIAL_RADIUS_M;
    double b = Wgs84.POLAR_RADIUS_M;
    double equator = Wgs84.MU_M3_S2 / (a * a) * (1 + 1.5 * Wgs84.J2);
    double pole = Wgs84.MU_M3_S2 / (b * b) * (1 - 3 * Wgs84.J2 * (a / b) * (a / b));
    Vector3D atEquator = Gravity.accelerationJ2(new Vector3D(0, a, 0));
    Vector3D atPole = Gravity.accelerationJ2(new Vector3D(0, 0, -b));
    Validation.record(
        "gravitation at the equator, r = a",
        "closed form μ/a²(1 + 1.5 J2)",
        String.format("%.12f m/s²", equator),
        String.format("%.12f m/s²", atEquator.getNorm()),
        "1e-12 m/s²");
    Validation.record(
        "gravitation at the pole, r = b",
        "closed form μ/b²(1 − 3 J2 a²/b²)",
        String.format("%.12f m/s²", pole),
        String.format("%.12f m/s²", atPole.getNorm()),
        "1e-12 m/s²");
    assertThat(atEquator.getY()).isCloseTo(-equator, within(1e-12));
    assertThat(atEquator.getX()).isZero();
    assertThat(atEquator.getZ()).isZero();
    assertThat(atPole.getZ()).isCloseTo(pole, within(1e-12));
    assertThat(atPole.getX()).isZero();
    assertThat(atPole.getY()).isZero();
  }
}
