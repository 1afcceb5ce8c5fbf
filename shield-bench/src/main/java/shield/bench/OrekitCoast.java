package shield.bench;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.NewtonianAttraction;
import org.orekit.frames.FieldTransform;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.Transform;
import org.orekit.frames.TransformProvider;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.ToleranceProvider;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.utils.PVCoordinates;
import shield.earth.Wgs84;

/**
 * The competitor adapter: Orekit's {@link NumericalPropagator} set up to fly the same μ + J2 coast
 * as Shield's {@code BallisticCoast} (WGS84 μ, Shield's J2 and equatorial radius), integrated in
 * GCRF by Dormand–Prince 8(5,3) with Orekit's default Cartesian tolerances for a position error
 * {@code dP}. Shield's Earth-fixed state goes in at J2000 (same position, v + ω × r) and comes out
 * turned by −ωt with ω × r subtracted. Needs no Orekit data files.
 */
final class OrekitCoast {

  private static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;

  /** Smallest step (s): never reached on a coast. */
  private static final double MIN_STEP_S = 1e-6;

  /** Largest step (s): longer than any coast, so the tolerance alone sets the steps. */
  private static final double MAX_STEP_S = 1e4;

  private static final Frame INERTIAL = FramesFactory.getGCRF();
  private static final AbsoluteDate EPOCH = AbsoluteDate.J2000_EPOCH;
  private static final Frame EARTH_FIXED =
      new Frame(INERTIAL, new EarthRotation(), "Shield ECEF (rotating about z at WGS84 rate)");

  private final DormandPrince853Integrator integrator;
  private final NumericalPropagator propagator;
  private final SpacecraftState initial;

  /**
   * A propagator ready to fly one Earth-fixed state.
   *
   * @param pvEcef position (m) and velocity relative to the Earth (m/s) at the start, ECEF
   * @param positionToleranceM Orekit's {@code dP}: absolute position tolerance and, divided by the
   *     radius, the relative tolerance of every component (m)
   */
  OrekitCoast(double[] pvEcef, double positionToleranceM) {
    Vector3D r0 = new Vector3D(pvEcef[0], pvEcef[1], pvEcef[2]);
    Vector3D v0 =
        new Vector3D(pvEcef[3] - OMEGA * pvEcef[1], pvEcef[4] + OMEGA * pvEcef[0], pvEcef[5]);
    CartesianOrbit orbit =
        new CartesianOrbit(new PVCoordinates(r0, v0), INERTIAL, EPOCH, Wgs84.MU_M3_S2);
    double[][] tolerances =
        ToleranceProvider.getDefaultToleranceProvider(positionToleranceM)
            .getTolerances(orbit, OrbitType.CARTESIAN);
    integrator =
        new DormandPrince853Integrator(MIN_STEP_S, MAX_STEP_S, tolerances[0], tolerances[1]);
    propagator = new NumericalPropagator(integrator, new FrameAlignedProvider(INERTIAL));
    propagator.setOrbitType(OrbitType.CARTESIAN);
    propagator.addForceModel(new NewtonianAttraction(Wgs84.MU_M3_S2));
    propagator.addForceModel(
        new J2OnlyPerturbation(Wgs84.MU_M3_S2, Wgs84.EQUATORIAL_RADIUS_M, Wgs84.J2, EARTH_FIXED));
    initial = new SpacecraftState(orbit);
  }

  /**
   * Propagates from the start state (reset first, so calls repeat the same work).
   *
   * @param durationS coast time (s)
   * @return the final state as Orekit gives it, in GCRF
   */
  SpacecraftState propagate(double durationS) {
    propagator.setInitialState(initial);
    return propagator.propagate(EPOCH.shiftedBy(durationS));
  }

  /** Right-hand-side evaluations of the last propagation. */
  int evaluations() {
    return integrator.getEvaluations();
  }

  /** The final state in ECEF: position (m) and velocity relative to the Earth (m/s). */
  static double[] toEcef(SpacecraftState end, double durationS) {
    PVCoordinates pv = end.getPVCoordinates(INERTIAL);
    double angle = OMEGA * durationS;
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    Vector3D r = pv.getPosition();
    Vector3D v = pv.getVelocity();
    double x = c * r.getX() + s * r.getY();
    double y = -s * r.getX() + c * r.getY();
    return new double[] {
      x,
      y,
      r.getZ(),
      c * v.getX() + s * v.getY() + OMEGA * y,
      -s * v.getX() + c * v.getY() - OMEGA * x,
      v.getZ()
    };
  }

  /** Rotation of the Earth-fixed frame relative to GCRF: angle ω (t − J2000) about z. */
  private static final class EarthRotation implements TransformProvider {
    private static final Vector3D RATE = new Vector3D(0, 0, OMEGA);

    @Override
    public Transform getTransform(AbsoluteDate date) {
      double angle = OMEGA * date.durationFrom(EPOCH);
      return new Transform(
          date, new Rotation(Vector3D.PLUS_K, angle, RotationConvention.FRAME_TRANSFORM), RATE);
    }

    @Override
    public <T extends CalculusFieldElement<T>> FieldTransform<T> getTransform(
        FieldAbsoluteDate<T> date) {
      return new FieldTransform<>(date.getField(), getTransform(date.toAbsoluteDate()));
    }
  }
}
