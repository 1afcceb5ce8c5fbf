package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LambertTest {

  private static final double MU_EARTH = 3.986004418e14;

  @Test
  void curtisExample5_2() {
    // Curtis, Orbital Mechanics for Engineering Students, Ex. 5.2 (mu = 398600 km^3/s^2).
    // Tolerance 1e-4 km/s = 0.1 m/s, the precision of the printed answer.
    LambertSolution s =
        Lambert.solve(
            new Vector3D(5000e3, 10000e3, 2100e3),
            new Vector3D(-14600e3, 2500e3, 7000e3),
            3600,
            3.986e14,
            true);
    Vector3D v1 = new Vector3D(-5.99249e3, 1.92536e3, 3.24564e3);
    Vector3D v2 = new Vector3D(-3.31246e3, -4.19662e3, -0.38529e3);
    double err1 = maxComponentError(s.v1Mps(), v1);
    double err2 = maxComponentError(s.v2Mps(), v2);
    System.out.printf(
        "[measured] Curtis 5.2: v1 = %s m/s, v2 = %s m/s, worst component error %.2e m/s%n",
        s.v1Mps(), s.v2Mps(), Math.max(err1, err2));
    assertThat(err1).isLessThan(0.1);
    assertThat(err2).isLessThan(0.1);
  }

  @Test
  void valladoExample7_5() {
    // Vallado, Fundamentals of Astrodynamics and Applications, Ex. 7-5, short way, 76 min; mu =
    // 398600.4418 km^3/s^2 (Vallado's value, which reproduces his digits; 398600 misses them by
    // ~2e-6 km/s). Tolerance 1e-6 km/s = 1 mm/s, the last printed digit.
    LambertSolution s =
        Lambert.solve(
            new Vector3D(15945.34e3, 0, 0),
            new Vector3D(12214.83899e3, 10249.46731e3, 0),
            76 * 60.0,
            MU_EARTH,
            true);
    Vector3D v1 = new Vector3D(2.058913e3, 2.915965e3, 0);
    Vector3D v2 = new Vector3D(-3.451565e3, 0.910315e3, 0);
    double err = Math.max(maxComponentError(s.v1Mps(), v1), maxComponentError(s.v2Mps(), v2));
    System.out.printf(
        "[measured] Vallado 7-5: v1 = %s m/s, v2 = %s m/s, worst component error %.2e m/s%n",
        s.v1Mps(), s.v2Mps(), err);
    assertThat(err).isLessThan(1e-3);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void recoversRandomArcsAndKeplerLandsOnTarget(long seed) {
    // Oracle: a random two-body arc made by Kepler.propagate (ellipse or hyperbola with perigee
    // above 6,000 km, r2 within 100,000 km, up to almost one revolution, short or long way). The
    // single-revolution solution in the arc's sense of motion is unique, so Lambert must give
    // back its initial velocity (tolerance 1 mm/s) and Kepler, flying that velocity, must land
    // on r2 (tolerance 1 mm).
    SplittableRandom rnd = new SplittableRandom(seed);
    double worstMps = 0;
    double worstM = 0;
    int hyperbolas = 0;
    int longWays = 0;
    int tested = 0;
    while (tested < 300) {
      double[] pv = KeplerTest.randomState(rnd);
      Vector3D r1 = new Vector3D(pv[0], pv[1], pv[2]);
      Vector3D v1 = new Vector3D(pv[3], pv[4], pv[5]);
      if (perigeeRadiusM(r1, v1) < 6000e3) {
        continue; // dives at the centre: r2 moves by metres per µm/s of v1, no oracle is that sharp
      }
      double energy = 0.5 * v1.getNormSq() - MU_EARTH / r1.getNorm();
      double dt;
      if (energy < 0) {
        double a = -MU_EARTH / (2 * energy);
        dt = rnd.nextDouble(0.02, 0.98) * 2 * Math.PI * Math.sqrt(a * a * a / MU_EARTH);
      } else {
        dt = rnd.nextDouble(60, 40000);
      }
      Kepler.State end = Kepler.propagate(r1, v1, dt, MU_EARTH);
      Vector3D r2 = end.positionM();
      Vector3D h = Vector3D.crossProduct(r1, v1);
      Vector3D n = Vector3D.crossProduct(r1, r2);
      double sine = n.getNorm() / (r1.getNorm() * r2.getNorm());
      if (r2.getNorm() > 100_000e3) {
        continue; // a hyperbola gone far away: metres of r2 per µm/s of v1 again
      }
      if (sine < 1e-3) {
        continue; // within 0.06° of collinear: see nearlyOppositePoints
      }
      boolean shortWay = Vector3D.dotProduct(n, h) > 0;
      LambertSolution s = Lambert.solve(r1, r2, dt, MU_EARTH, shortWay);
      worstMps = Math.max(worstMps, s.v1Mps().distance(v1));
      worstMps = Math.max(worstMps, s.v2Mps().distance(end.velocityMps()));
      double land = Kepler.propagate(r1, s.v1Mps(), dt, MU_EARTH).positionM().distance(r2);
      worstM = Math.max(worstM, land);
      hyperbolas += energy > 0 ? 1 : 0;
      longWays += shortWay ? 0 : 1;
      tested++;
    }
    System.out.printf(
        "[measured] Lambert on random arcs (seed %d, %d hyperbolas, %d long way): worst %.2e m/s,"
            + " Kepler lands within %.2e m%n",
        seed, hyperbolas, longWays, worstMps, worstM);
    assertThat(hyperbolas).isPositive();
    assertThat(longWays).isPositive();
    assertThat(worstMps).isLessThan(1e-3);
    assertThat(worstM).isLessThan(1e-3);
  }

  @ParameterizedTest
  @ValueSource(doubles = {170, 179, 179.9, 179.99, 179.999})
  void nearlyOppositePoints(double transferDeg) {
    // Near 180° the transfer plane is nearly undefined and rounding in v1 grows about as
    // 1/sin Δν; the arc must still land. Oracle: Kepler.propagate of v1, on a 7,000 km to
    // 8,000 km transfer 1 km out of plane. Tolerance 1 mm.
    double nu = Math.toRadians(transferDeg);
    Vector3D r1 = new Vector3D(7000e3, 0, 0);
    Vector3D r2 = new Vector3D(8000e3 * Math.cos(nu), 8000e3 * Math.sin(nu), 1e3);
    LambertSolution s = Lambert.solve(r1, r2, 3000, MU_EARTH, true);
    double land = Kepler.propagate(r1, s.v1Mps(), 3000, MU_EARTH).positionM().distance(r2);
    System.out.printf("[measured] Lambert at %.3f deg: lands within %.2e m%n", transferDeg, land);
    assertThat(land).isLessThan(1e-3);
  }

  @Test
  void solvesAParabolicArc() {
    // z = 0 exactly between ellipse and hyperbola: a parabola from periapsis, where Barker's
    // equation gives the time (see KeplerTest). Tolerance 1 mm/s.
    double rp = 7000e3;
    double p = 2 * rp;
    double vp = Math.sqrt(2 * MU_EARTH / rp);
    double nu = 2.0;
    double d = Math.tan(nu / 2);
    double t = 0.5 * Math.sqrt(p * p * p / MU_EARTH) * (d + d * d * d / 3);
    double r = p / (1 + Math.cos(nu));
    LambertSolution s =
        Lambert.solve(
            new Vector3D(rp, 0, 0),
            new Vector3D(r * Math.cos(nu), r * Math.sin(nu), 0),
            t,
            MU_EARTH,
            true);
    assertThat(s.v1Mps().distance(new Vector3D(0, vp, 0))).isLessThan(1e-3);
  }

  @Test
  void longWayGoesTheOtherWayRound() {
    // Same end points, long way: the motion is in the sense of r2 × r1 (negative z here).
    LambertSolution s =
        Lambert.solve(
            new Vector3D(7000e3, 0, 0), new Vector3D(0, 8000e3, 0), 6000, MU_EARTH, false);
    assertThat(Vector3D.crossProduct(new Vector3D(7000e3, 0, 0), s.v1Mps()).getZ()).isNegative();
  }

  @Test
  void rejectsDegenerateInput() {
    Vector3D r1 = new Vector3D(7000e3, 0, 0);
    Vector3D r2 = new Vector3D(0, 7000e3, 0);
    assertThatThrownBy(() -> Lambert.solve(r1, r2, 0, MU_EARTH, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time of flight");
    assertThatThrownBy(() -> Lambert.solve(r1, r2, -100, MU_EARTH, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time of flight");
    assertThatThrownBy(() -> Lambert.solve(r1, new Vector3D(-8000e3, 0, 0), 3000, MU_EARTH, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("180 deg")
        .hasMessageContaining("plane is undefined");
    assertThatThrownBy(() -> Lambert.solve(r1, new Vector3D(9000e3, 0, 0), 3000, MU_EARTH, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collinear");
    assertThatThrownBy(() -> Lambert.solve(Vector3D.ZERO, r2, 3000, MU_EARTH, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-zero");
    assertThatThrownBy(() -> Lambert.solve(r1, r2, 3000, -1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mu");
  }

  private static double perigeeRadiusM(Vector3D r, Vector3D v) {
    double p = Vector3D.crossProduct(r, v).getNormSq() / MU_EARTH;
    double oneOverA = 2 / r.getNorm() - v.getNormSq() / MU_EARTH;
    double e = Math.sqrt(Math.max(0, 1 - p * oneOverA));
    return p / (1 + e);
  }

  private static double maxComponentError(Vector3D got, Vector3D expected) {
    Vector3D d = got.subtract(expected);
    return Math.max(Math.abs(d.getX()), Math.max(Math.abs(d.getY()), Math.abs(d.getZ())));
  }
}
