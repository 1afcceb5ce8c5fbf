package shield.earth;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.FieldTransform;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.Transform;
import org.orekit.frames.TransformProvider;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;

/**
 * Shield's Earth as the Orekit oracle tests see it, with no Orekit data files: GCRF as the inertial
 * frame, and Shield's Earth-fixed frame as a frame turning about GCRF's z axis at {@link
 * Wgs84#ROTATION_RATE_RAD_S}, coinciding with it at J2000.
 */
public final class OrekitEarth {

  /** The Earth's rotation rate (rad/s). */
  public static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;

  /** The inertial frame, GCRF. */
  public static final Frame INERTIAL = FramesFactory.getGCRF();

  /** The instant at which the Earth-fixed frame coincides with GCRF: J2000. */
  public static final AbsoluteDate EPOCH = AbsoluteDate.J2000_EPOCH;

  /** The Earth-fixed frame of Shield, turning at ω about GCRF's z axis from J2000. */
  public static final Frame EARTH_FIXED =
      new Frame(INERTIAL, new Turning(), "Shield ECEF (rotating about z at WGS84 rate)");

  private OrekitEarth() {}

  /** Rotation of the Earth-fixed frame relative to GCRF: angle ω (t − J2000) about z. */
  private static final class Turning implements TransformProvider {
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
