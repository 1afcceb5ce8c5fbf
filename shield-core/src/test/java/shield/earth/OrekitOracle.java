package shield.earth;

import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

/**
 * Orekit objects used as an independent oracle: the WGS84 ellipsoid attached to GCRF (standing in
 * for an Earth-fixed frame; neither needs Orekit data files) at the J2000 epoch.
 */
final class OrekitOracle {

  /** The frame all oracle vectors are expressed in. */
  static final Frame FRAME = FramesFactory.getGCRF();

  /** Any date: nothing here depends on time. */
  static final AbsoluteDate DATE = AbsoluteDate.J2000_EPOCH;

  /** Orekit's WGS84 ellipsoid, from Orekit's own constants rather than Shield's. */
  static final OneAxisEllipsoid EARTH =
      new OneAxisEllipsoid(
          Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, FRAME);

  private OrekitOracle() {}
}
