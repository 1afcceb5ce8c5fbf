package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static shield.earth.OrekitEarth.EARTH_FIXED;
import static shield.earth.OrekitEarth.EPOCH;
import static shield.earth.OrekitEarth.INERTIAL;
import static shield.earth.OrekitEarth.OMEGA;

import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.events.AltitudeDetector;
import org.orekit.utils.Constants;
import org.orekit.utils.PVCoordinates;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Topocentric;
import shield.earth.Validation;

/**
 * The free flight of {@link Reach} against Orekit as an independent oracle: the burnout state of
 * the farthest shot is handed to Orekit's {@code KeplerianPropagator} in GCRF, with Orekit's WGS84
 * ellipsoid ({@code OneAxisEllipsoid}, Orekit's own constants) attached to an Earth-fixed frame
 * that turns about GCRF's z axis at the WGS84 rate, and stopped by an {@code AltitudeDetector} at
 * zero altitude. No Orekit data files are needed. The impact points must agree within 1 m.
 */
class ReachOrekitTest {

  private static final OneAxisEllipsoid EARTH =
      new OneAxisEllipsoid(
          Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, EARTH_FIXED);

  @Test
  void theFarthestImpactFromMoscowTowardWashingtonIsWhereOrekitLands() {
    Geodetic site = Geodetic.ofDegrees(55.75, 37.62, 0);
    double altitudeM = 100e3;
    double speedMps = Reach.burnoutSpeedForNonrotatingRangeMps(10_000e3, altitudeM);
    Reach.Direction shot =
        Reach.ofBurnout(speedMps, altitudeM, Reach.Earth.WGS84).farthest(site, Math.toRadians(320));

    Topocentric local = new Topocentric(site.withHeightM(altitudeM));
    double gamma = shot.flightPathAngleRad();
    double azimuth = shot.launchAzimuthRad();
    Vector3D relative =
        new Vector3D(
                Math.cos(gamma) * Math.sin(azimuth),
                local.east(),
                Math.cos(gamma) * Math.cos(azimuth),
                local.north(),
                Math.sin(gamma),
                local.up())
            .scalarMultiply(speedMps);
    Vector3D position = local.originEcef();
    Vector3D inertial = relative.add(Vector3D.crossProduct(new Vector3D(0, 0, OMEGA), position));
    CartesianOrbit orbit =
        new CartesianOrbit(
            new PVCoordinates(position, inertial), INERTIAL, EPOCH, Constants.WGS84_EARTH_MU);
    KeplerianPropagator propagator =
        new KeplerianPropagator(orbit, new FrameAlignedProvider(INERTIAL));
    propagator.addEventDetector(new AltitudeDetector(10.0, 1e-7, 0.0, EARTH));
    SpacecraftState end = propagator.propagate(EPOCH.shiftedBy(3 * 3600.0));
    Vector3D impactFixed = end.getPosition(EARTH_FIXED);
    GeodeticPoint impact = EARTH.transform(impactFixed, EARTH_FIXED, end.getDate());
    Geodetic oracle = new Geodetic(impact.getLatitude(), impact.getLongitude(), 0);

    double differenceM = Geodesy.inverse(oracle, shot.impact()).distanceM();
    Validation.record(
        "reach: farthest free flight from Moscow on azimuth 320°, 10,000 km non-rotating",
        "Orekit KeplerianPropagator + AltitudeDetector on a turning OneAxisEllipsoid",
        String.format(
            Locale.ROOT,
            "impact %.5f°, %.5f° after %.1f s",
            oracle.latitudeDeg(),
            oracle.longitudeDeg(),
            end.getDate().durationFrom(EPOCH)),
        String.format(
            Locale.ROOT,
            "%.5f°, %.5f°, %.1e m apart",
            shot.impact().latitudeDeg(),
            shot.impact().longitudeDeg(),
            differenceM),
        "1 m");
    assertThat(end.getDate().durationFrom(EPOCH)).isLessThan(3 * 3600.0);
    assertThat(differenceM).isLessThan(1.0);
  }
}
