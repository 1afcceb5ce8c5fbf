package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

class KeplerTest {

  private static final double MU_EARTH = 3.986004418e14;

  @Test
  void valladoExample2_4() {
    // Vallado, Fundamentals of Astrodynamics and Applications, Ex. 2-4 (mu = 398600.4418 km^3/s^2):
    // 40 min of flight. Tolerance: relative 1e-6 per component, the precision of the printed
    // answer (about 4 m and 4 mm/s here).
    Kepler.State s =
        Kepler.propagate(
            new Vector3D(1131.340e3, -2282.343e3, 6672.423e3),
            new Vector3D(-5.64305e3, 4.30333e3, 2.42879e3),
            40 * 60.0,
            MU_EARTH);
    double[] expectedR = {-4219.7527e3, 4363.0292e3, -3958.7666e3};
    double[] expectedV = {3.689866e3, -1.916735e3, -6.112511e3};
    double[] gotR = s.positionM().toArray();
    double[] gotV = s.velocityMps().toArray();
    double worst = 0;
    for (int i = 0; i < 3; i++) {
      assertThat(gotR[i]).isCloseTo(expectedR[i], within(1e-6 * Math.abs(expectedR[i])));
      assertThat(gotV[i]).isCloseTo(expectedV[i], within(1e-6 * Math.abs(expectedV[i])));
      worst = Math.max(worst, Math.abs(gotR[i] / expectedR[i] - 1));
      worst = Math.max(worst, Math.abs(gotV[i] / expectedV[i] - 1));
    }
    System.out.printf(
        "[measured] Vallado 2-4: r = %s m, v = %s m/s, worst relative error %.2e%n",
        s.positionM(), s.velocityMps(), worst);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void agreesWithOrekitOnRandomConics(long seed) {
    // Independent oracle: Orekit 13 CartesianOrbit.shiftedBy (Keplerian motion, its own
    // equinoctial / hyperbolic Kepler solvers). Ellipses, near-parabolas and hyperbolas, forward
    // and backward. Tolerance 1 mm and 1 µm/s: both are two-body exact, so only rounding
    // differs.
    SplittableRandom rnd = new SplittableRandom(seed);
    double worstM = 0;
    double worstMps = 0;
    for (int n = 0; n < 200; n++) {
      double[] pv = randomState(rnd);
      double speedRatio = Math.sqrt(norm2(pv, 3) * norm(pv, 0) / (2 * MU_EARTH));
      if (Math.abs(speedRatio - 1) < 1e-3) {
        continue; // Orekit's orbit types cannot represent near-parabolas; tested apart.
      }
      double dt = rnd.nextDouble(-20000, 20000);
      double[] out = new double[6];
      Kepler.propagate(pv, dt, MU_EARTH, out);
      CartesianOrbit orbit =
          new CartesianOrbit(
              new PVCoordinates(
                  new Vector3D(pv[0], pv[1], pv[2]), new Vector3D(pv[3], pv[4], pv[5])),
              FramesFactory.getGCRF(),
              AbsoluteDate.J2000_EPOCH,
              MU_EARTH);
      PVCoordinates ref = orbit.shiftedBy(dt).getPVCoordinates();
      double dr = ref.getPosition().distance(new Vector3D(out[0], out[1], out[2]));
      double dv = ref.getVelocity().distance(new Vector3D(out[3], out[4], out[5]));
      worstM = Math.max(worstM, dr);
      worstMps = Math.max(worstMps, dv);
    }
    System.out.printf(
        "[measured] Kepler vs Orekit (seed %d): worst %.2e m, %.2e m/s%n", seed, worstM, worstMps);
    assertThat(worstM).isLessThan(1e-3);
    assertThat(worstMps).isLessThan(1e-6);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void conservesEnergyAndAngularMomentum(long seed) {
    // Two-body invariants. Tolerances: specific energy 1e-12 of the kinetic plus potential terms
    // (at most 1e-4 m²/s² of ~1e8; paths that dive toward the centre round the most), specific
    // angular momentum 1e-13 of its size (at most 0.05 m²/s of ~4e11) — rounding only.
    SplittableRandom rnd = new SplittableRandom(seed);
    double worstEnergy = 0;
    double worstMomentum = 0;
    for (int n = 0; n < 200; n++) {
      double[] pv = randomState(rnd);
      double[] out = new double[6];
      Kepler.propagate(pv, rnd.nextDouble(-50000, 50000), MU_EARTH, out);
      double scale = 0.5 * norm2(pv, 3) + MU_EARTH / norm(pv, 0);
      double energyError = Math.abs(energy(out) - energy(pv)) / scale;
      Vector3D h0 = angularMomentum(pv);
      double momentumError = angularMomentum(out).distance(h0) / h0.getNorm();
      assertThat(energyError).isLessThan(1e-12);
      assertThat(momentumError).isLessThan(1e-13);
      worstEnergy = Math.max(worstEnergy, energyError);
      worstMomentum = Math.max(worstMomentum, momentumError);
    }
    System.out.printf(
        "[measured] Kepler invariants (seed %d): energy %.1e, angular momentum %.1e relative%n",
        seed, worstEnergy, worstMomentum);
  }

  @Test
  void forwardThenBackwardReturnsToStart() {
    // Round trip, hyperbola and ellipse, over many periods. Tolerance 1 mm, 1 µm/s.
    SplittableRandom rnd = new SplittableRandom(21);
    double worst = 0;
    for (int n = 0; n < 200; n++) {
      double[] pv = randomState(rnd);
      double dt = rnd.nextDouble(1, 200000);
      double[] out = new double[6];
      Kepler.propagate(pv, dt, MU_EARTH, out);
      Kepler.propagate(out, -dt, MU_EARTH, out);
      assertThat(distance(out, pv, 0)).isLessThan(1e-3);
      assertThat(distance(out, pv, 3)).isLessThan(1e-6);
      worst = Math.max(worst, distance(out, pv, 0));
    }
    System.out.printf("[measured] Kepler forward-backward: worst %.2e m%n", worst);
  }

  @Test
  void followsBarkersEquationOnAParabola() {
    // Independent oracle: Barker's equation for a parabola from periapsis (Vallado §2.2),
    // t = ½ √(p³/μ) (D + D³/3), D = tan(ν/2), r = p/(1 + cos ν); p = 2 r_p. Tolerance 1 mm.
    double rp = 7000e3;
    double p = 2 * rp;
    double vp = Math.sqrt(2 * MU_EARTH / rp);
    double[] pv0 = {rp, 0, 0, 0, vp, 0};
    double worst = 0;
    for (double nu : new double[] {-2.5, -1.0, 0.3, 1.5, 2.9}) {
      double d = Math.tan(nu / 2);
      double t = 0.5 * Math.sqrt(p * p * p / MU_EARTH) * (d + d * d * d / 3);
      double r = p / (1 + Math.cos(nu));
      double[] out = new double[6];
      Kepler.propagate(pv0, t, MU_EARTH, out);
      double miss = Math.hypot(out[0] - r * Math.cos(nu), out[1] - r * Math.sin(nu));
      assertThat(miss).isLessThan(1e-3);
      assertThat(out[2]).isEqualTo(0.0);
      worst = Math.max(worst, miss);
    }
    System.out.printf("[measured] Kepler on a parabola vs Barker: worst %.2e m%n", worst);
  }

  @Test
  void wholePeriodsChangeNothing() {
    // An ellipse returns to its state after each period 2π√(a³/μ). Tolerance 1 mm.
    double[] pv = {7000e3, 0, 0, 0, 8500, 1000};
    double a = 1 / (2 / 7000e3 - (8500.0 * 8500 + 1000 * 1000) / MU_EARTH);
    double period = 2 * Math.PI * Math.sqrt(a * a * a / MU_EARTH);
    double[] out = new double[6];
    Kepler.propagate(pv, 25 * period, MU_EARTH, out);
    assertThat(distance(out, pv, 0)).isLessThan(1e-3);
    Kepler.propagate(pv, -7 * period, MU_EARTH, out);
    assertThat(distance(out, pv, 0)).isLessThan(1e-3);
  }

  @Test
  void zeroTimeIsTheIdentityAndOutputMayAliasInput() {
    double[] pv = {7000e3, 1e3, -2e3, 10, 7500, 100};
    double[] copy = pv.clone();
    Kepler.propagate(pv, 0.0, MU_EARTH, pv);
    assertThat(pv).containsExactly(copy);
    double[] separate = new double[6];
    Kepler.propagate(copy, 1234.5, MU_EARTH, separate);
    Kepler.propagate(pv, 1234.5, MU_EARTH, pv);
    assertThat(pv).containsExactly(separate);
  }

  @Test
  void rejectsBadInput() {
    double[] out = new double[6];
    assertThatThrownBy(() -> Kepler.propagate(new double[6], 10, MU_EARTH, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-zero");
    assertThatThrownBy(() -> Kepler.propagate(new double[] {7e6, 0, 0, 0, 7e3, 0}, 10, 0, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mu");
    assertThatThrownBy(() -> Kepler.propagate(new double[3], 10, MU_EARTH, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 components");
    assertThatThrownBy(
            () -> Kepler.propagate(new double[] {7e6, 0, 0, 0, 7e3, 0}, Double.NaN, MU_EARTH, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dt");
  }

  /** Positions 6,500–45,000 km, speeds from 0.3 to 1.5 of local escape speed (hyperbolas too). */
  static double[] randomState(SplittableRandom rnd) {
    double r = rnd.nextDouble(6500e3, 45000e3);
    Vector3D u = randomUnit(rnd);
    Vector3D w = randomUnit(rnd);
    double v = rnd.nextDouble(0.3, 1.5) * Math.sqrt(2 * MU_EARTH / r);
    return new double[] {
      r * u.getX(), r * u.getY(), r * u.getZ(), v * w.getX(), v * w.getY(), v * w.getZ()
    };
  }

  static Vector3D randomUnit(SplittableRandom rnd) {
    while (true) {
      Vector3D p =
          new Vector3D(rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1));
      double n = p.getNorm();
      if (n > 0.1 && n <= 1) {
        return p.scalarMultiply(1 / n);
      }
    }
  }

  private static double energy(double[] pv) {
    return 0.5 * norm2(pv, 3) - MU_EARTH / norm(pv, 0);
  }

  private static Vector3D angularMomentum(double[] pv) {
    return Vector3D.crossProduct(
        new Vector3D(pv[0], pv[1], pv[2]), new Vector3D(pv[3], pv[4], pv[5]));
  }

  private static double norm2(double[] pv, int from) {
    return pv[from] * pv[from] + pv[from + 1] * pv[from + 1] + pv[from + 2] * pv[from + 2];
  }

  private static double norm(double[] pv, int from) {
    return Math.sqrt(norm2(pv, from));
  }

  private static double distance(double[] a, double[] b, int from) {
    double dx = a[from] - b[from];
    double dy = a[from + 1] - b[from + 1];
    double dz = a[from + 2] - b[from + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
}
