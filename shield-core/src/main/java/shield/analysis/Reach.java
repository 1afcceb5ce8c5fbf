package shield.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.EarthRotation;
import shield.earth.GeodesicLeg;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Topocentric;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.GoldenSection;
import shield.flight.Kepler;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.SphericalFreeFlight;
import shield.flight.Targeting;

/**
 * The reach of a ballistic missile from a launch place: along each launch azimuth, its farthest
 * impact on the Earth over every shape of its flight, and the ring those impacts draw round the
 * place. On the rotating Earth the ring is not a circle: a missile fired east starts with the
 * Earth's eastward speed (465 m/s at the equator, times the cosine of the latitude) and lands
 * farther than one fired west.
 *
 * <p>Two kinds of missile:
 *
 * <ul>
 *   <li>a catalog {@link MissileType}, flown in full ({@link MissileFlight}: boost, coast with J2,
 *       reentry with drag, rotating WGS84 Earth), its range along an azimuth maximised over the
 *       pitch programme's kick angle by {@link Targeting#reach};
 *   <li>a burnout state ({@link #ofBurnout}): a given speed relative to the Earth at a given
 *       altitude above the launch place, on the flight-path angle that carries farthest; the coast
 *       is a two-body ({@link Kepler}) arc in the inertial frame, the Earth turning beneath it, to
 *       where it meets the ellipsoid. The powered flight's own ground distance is not counted: the
 *       burnout is above the launch place.
 * </ul>
 *
 * <p>The reach along a direction is the geodesic distance from the launch place to the impact; the
 * ring lists the directions by launch azimuth, and the impact's own azimuth from the place differs
 * from it by the drift of the ground turning beneath the flight (9° for an ICBM from Moscow
 * launched due north). {@link #toward} instead steers the launch azimuth until the impact lies on a
 * given azimuth.
 *
 * <p>Thread-safe: the directions of a ring are flown in parallel.
 */
public final class Reach {

  /**
   * Default burnout altitude of the burnout-state form (m): 100 km, between the 50–80 km of a
   * short-range missile's burnout and the 200–300 km of an ICBM's.
   */
  public static final double DEFAULT_BURNOUT_ALTITUDE_M = 100_000;

  /** Default spacing of a ring's launch azimuths (deg). */
  public static final double DEFAULT_STEP_DEG = 5;

  /**
   * The launch azimuths of the steering are kept within this of the wanted impact azimuth (rad).
   */
  private static final double STEER_TOLERANCE_RAD = 1e-6;

  private static final int STEER_ITERATIONS = 12;

  private final Flier flier;

  private Reach(Flier flier) {
    this.flier = flier;
  }

  /** The reach of a catalog missile, flown with full physics. */
  public static Reach of(MissileType type) {
    return new Reach(new MissileFlier(new Targeting(new MissileFlight(type))));
  }

  /**
   * The reach of a burnout state.
   *
   * @param speedMps burnout speed relative to the Earth (m/s), positive and below {@link
   *     #maximumBurnoutSpeedMps}
   * @param altitudeM burnout altitude above the launch place (m), ≥ 0
   * @param earth the Earth it flies over
   * @throws IllegalArgumentException naming the bad value and what would be valid
   */
  public static Reach ofBurnout(double speedMps, double altitudeM, Earth earth) {
    if (!(altitudeM >= 0 && altitudeM <= 2_000_000)) {
      throw new IllegalArgumentException(
          "the burnout altitude must be in [0, 2000] km, got " + altitudeM / 1000 + " km");
    }
    double maximum = maximumBurnoutSpeedMps(altitudeM, earth);
    if (!(speedMps > 0 && speedMps < maximum)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the burnout speed must be positive and below %.0f m/s at %.0f km (faster, a free"
                  + " flight could circle the Earth), got %s m/s",
              maximum,
              altitudeM / 1000,
              speedMps));
    }
    return new Reach(new FreeFlight(speedMps, altitudeM, earth));
  }

  /**
   * The fastest burnout speed {@link #ofBurnout} takes (m/s): below it, on every azimuth, the
   * inertial speed (with the Earth's rotation at the equator added) stays under the bound past
   * which every point of a sphere is in reach, Q (1 + r/R) = 2 with Q = v² r/μ ({@link
   * SphericalFreeFlight#maximumReachAngleRad}); the ellipsoid is taken as its polar sphere.
   */
  public static double maximumBurnoutSpeedMps(double altitudeM, Earth earth) {
    double surface =
        earth.spherical() ? SphericalFreeFlight.DEFAULT_RADIUS_M : Wgs84.POLAR_RADIUS_M;
    double r = surface + altitudeM;
    double inertial = Math.sqrt(2 * earth.muM3S2() / (r * (1 + r / surface)));
    double rotation = earth.rotating() ? Wgs84.ROTATION_RATE_RAD_S * r : 0;
    return inertial - rotation;
  }

  /**
   * The burnout speed whose farthest flight from a burnout altitude to the ground of the
   * non-rotating mean sphere ({@link SphericalFreeFlight}) covers a range (m/s): the convention of
   * published range estimates. At zero altitude it is the minimum-energy speed of Bate, Mueller
   * &amp; White (§6.2), Q = 2 sin(Ψ/2)/(1 + sin(Ψ/2)), Ψ = range/R; above, it solves {@link
   * SphericalFreeFlight#maximumReachAngleRad} = Ψ, which rises with the speed, by bisection.
   *
   * @param rangeM the non-rotating range (m), in (0, π R)
   * @param altitudeM burnout altitude (m), ≥ 0
   */
  public static double burnoutSpeedForNonrotatingRangeMps(double rangeM, double altitudeM) {
    SphericalFreeFlight sphere = new SphericalFreeFlight();
    double angle = rangeM / sphere.radiusM();
    if (!(angle > 0 && angle < Math.PI)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the non-rotating range must be in (0, %.0f) km, got %s km",
              Math.PI * sphere.radiusM() / 1000,
              rangeM / 1000));
    }
    double lo = 0;
    double hi = Math.sqrt(2 * sphere.muM3S2() / (sphere.radiusM() + altitudeM));
    for (int i = 0; i < 200 && hi - lo > 1e-9; i++) {
      double mid = 0.5 * (lo + hi);
      if (sphere.maximumReachAngleRad(mid, altitudeM) < angle) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /**
   * The farthest reach of a burnout state over the non-rotating mean sphere, in closed form (m):
   * {@link SphericalFreeFlight#maximumReachAngleRad} times the sphere's radius.
   */
  public static double nonrotatingReachM(double speedMps, double altitudeM) {
    SphericalFreeFlight sphere = new SphericalFreeFlight();
    return sphere.maximumReachAngleRad(speedMps, altitudeM) * sphere.radiusM();
  }

  /** The farthest flight from a place along a launch azimuth. */
  public Direction farthest(Geodetic site, double launchAzimuthRad) {
    return flier.farthest(site.withHeightM(0), launchAzimuthRad);
  }

  /**
   * The farthest flight from a place whose impact lies on an azimuth, the launch azimuth steered by
   * the impact's drift (a fixed point: the drift changes slowly with the azimuth).
   */
  public Direction toward(Geodetic site, double impactAzimuthRad) {
    return flier.toward(site.withHeightM(0), impactAzimuthRad);
  }

  /**
   * Steers: flies the launch azimuths that a fixed point on the impact's azimuth gives, from the
   * impact azimuth itself.
   *
   * @param fly the farthest flight along a launch azimuth
   */
  private static Direction steer(double impactAzimuthRad, DoubleFunction<Direction> fly) {
    double launch = impactAzimuthRad;
    Direction best = fly.apply(launch);
    for (int i = 0; i < STEER_ITERATIONS; i++) {
      double error = wrapPi(impactAzimuthRad - best.impactAzimuthRad());
      if (Math.abs(error) < STEER_TOLERANCE_RAD) {
        break;
      }
      launch += error;
      best = fly.apply(launch);
    }
    return best;
  }

  /**
   * The ring of farthest impacts round a place, one per launch azimuth from north, clockwise.
   *
   * @param site the launch place
   * @param stepDeg the spacing of the launch azimuths (deg), in (0, 90]
   */
  public Ring ring(Geodetic site, double stepDeg) {
    if (!(stepDeg > 0 && stepDeg <= 90)) {
      throw new IllegalArgumentException(
          "the azimuth step must be in (0, 90] degrees, got " + stepDeg);
    }
    int count = (int) Math.ceil(360 / stepDeg - 1e-9);
    double[] azimuthsRad =
        IntStream.range(0, count).mapToDouble(i -> Math.toRadians(i * stepDeg)).toArray();
    Geodetic ground = site.withHeightM(0);
    return new Ring(ground, flier.sweep(ground, azimuthsRad));
  }

  /**
   * Whether a place is within reach: its geodesic distance against the reach flown toward it.
   *
   * @param name what to call it
   * @param site the launch place
   * @param place the place
   */
  public Target target(String name, Geodetic site, Geodetic place) {
    GeodesicLeg leg = Geodesy.inverse(site, place);
    Direction toward = toward(site, leg.initialAzimuthRad());
    return new Target(
        name, place, leg.distanceM(), toward.reachM(), leg.distanceM() <= toward.reachM());
  }

  /**
   * The farthest flight along one launch azimuth.
   *
   * @param launchAzimuthRad the launch azimuth, clockwise from north (rad): the direction of the
   *     missile's velocity over the ground at burnout for a burnout state, of its pitch-over for a
   *     catalog missile
   * @param impactAzimuthRad the geodesic azimuth from the launch place to the impact (rad), in [0,
   *     2π)
   * @param reachM the geodesic distance from the launch place to the impact (m)
   * @param impact where it lands, on the ellipsoid
   * @param flightPathAngleRad the angle above the local horizontal of the velocity relative to the
   *     Earth at burnout (rad), the loft that carries farthest
   */
  public record Direction(
      double launchAzimuthRad,
      double impactAzimuthRad,
      double reachM,
      Geodetic impact,
      double flightPathAngleRad) {}

  /**
   * The ring of farthest impacts round a launch place.
   *
   * @param site the launch place, on the ellipsoid
   * @param directions the farthest flights by increasing launch azimuth from north
   */
  public record Ring(Geodetic site, List<Direction> directions) {

    /** Copies the list. */
    public Ring {
      directions = List.copyOf(directions);
    }

    /** The direction that reaches farthest. */
    public Direction farthest() {
      return directions.stream().max(Comparator.comparingDouble(Direction::reachM)).orElseThrow();
    }

    /** The direction that reaches least far. */
    public Direction shortest() {
      return directions.stream().min(Comparator.comparingDouble(Direction::reachM)).orElseThrow();
    }

    /**
     * The reach toward an impact azimuth (m), interpolated linearly between the two ring points
     * whose impact azimuths enclose it.
     */
    public double reachTowardM(double impactAzimuthRad) {
      List<Direction> sorted = new ArrayList<>(directions);
      sorted.sort(Comparator.comparingDouble(Direction::impactAzimuthRad));
      double target = wrapTwoPi(impactAzimuthRad);
      for (int i = 0; i < sorted.size(); i++) {
        Direction a = sorted.get(i);
        Direction b = sorted.get((i + 1) % sorted.size());
        double span = wrapTwoPi(b.impactAzimuthRad() - a.impactAzimuthRad());
        double into = wrapTwoPi(target - a.impactAzimuthRad());
        if (into <= span || sorted.size() == 1) {
          double f = span > 0 ? into / span : 0;
          return a.reachM() + f * (b.reachM() - a.reachM());
        }
      }
      return sorted.get(0).reachM();
    }

    /** The impacts' latitudes (deg), by launch azimuth. */
    public double[] latitudesDeg() {
      return directions.stream().mapToDouble(d -> d.impact().latitudeDeg()).toArray();
    }

    /** The impacts' longitudes (deg), by launch azimuth. */
    public double[] longitudesDeg() {
      return directions.stream().mapToDouble(d -> d.impact().longitudeDeg()).toArray();
    }
  }

  /**
   * A place and whether it is within reach.
   *
   * @param name what it is called
   * @param place where it is
   * @param distanceM the geodesic distance from the launch place (m)
   * @param reachM the reach flown toward it (m)
   * @param within whether the distance is no more than the reach
   */
  public record Target(
      String name, Geodetic place, double distanceM, double reachM, boolean within) {}

  /**
   * The Earth a burnout state flies over.
   *
   * @param rotating whether the Earth turns beneath the flight (at {@link
   *     Wgs84#ROTATION_RATE_RAD_S})
   * @param spherical whether the ground is the mean sphere of {@link SphericalFreeFlight} (the
   *     textbook's Earth) rather than the WGS84 ellipsoid
   */
  public record Earth(boolean rotating, boolean spherical) {

    /** The rotating WGS84 ellipsoid: the Earth of every analysis. */
    public static final Earth WGS84 = new Earth(true, false);

    /** The textbook's non-rotating sphere, on which the closed forms hold. */
    public static final Earth NONROTATING_SPHERE = new Earth(false, true);

    /** Gravitational parameter of the point mass (m³/s²), the same for both grounds. */
    double muM3S2() {
      return spherical ? SphericalFreeFlight.DEFAULT_MU_M3S2 : Wgs84.MU_M3_S2;
    }
  }

  /** Flies the farthest flights from a place on the ellipsoid. */
  private interface Flier {

    /** The farthest flight along one launch azimuth. */
    Direction farthest(Geodetic site, double launchAzimuthRad);

    /** The farthest flight along each of the launch azimuths, in their order. */
    default List<Direction> sweep(Geodetic site, double[] azimuthsRad) {
      return Arrays.stream(azimuthsRad).parallel().mapToObj(a -> farthest(site, a)).toList();
    }

    /** The farthest flight whose impact lies on an azimuth. */
    default Direction toward(Geodetic site, double impactAzimuthRad) {
      return steer(impactAzimuthRad, launch -> farthest(site, launch));
    }
  }

  /**
   * A catalog missile's farthest flights, by {@link Targeting#reach}. A sweep runs as two chains
   * (one per half of the azimuths, in parallel), each seeking its next azimuth's kick angle near
   * the last one's, which takes a third of the flights of a search from scratch.
   */
  private record MissileFlier(Targeting targeting) implements Flier {

    /** Half the width of the kick angles sought about a neighbour's best (rad). */
    private static final double KICK_HALF_WIDTH_RAD = Math.toRadians(2);

    @Override
    public Direction farthest(Geodetic site, double launchAzimuthRad) {
      return direction(site, launchAzimuthRad, targeting.reach(site, launchAzimuthRad, 0));
    }

    @Override
    public List<Direction> sweep(Geodetic site, double[] azimuthsRad) {
      int half = (azimuthsRad.length + 1) / 2;
      List<List<Direction>> chains =
          IntStream.of(0, half)
              .parallel()
              .mapToObj(
                  start ->
                      chain(site, azimuthsRad, start, Math.min(start + half, azimuthsRad.length)))
              .toList();
      List<Direction> all = new ArrayList<>(chains.get(0));
      all.addAll(chains.get(1));
      return all;
    }

    @Override
    public Direction toward(Geodetic site, double impactAzimuthRad) {
      return steer(impactAzimuthRad, new Chain(site)::fly);
    }

    private List<Direction> chain(Geodetic site, double[] azimuthsRad, int from, int to) {
      Chain chain = new Chain(site);
      List<Direction> directions = new ArrayList<>();
      for (int i = from; i < to; i++) {
        directions.add(chain.fly(azimuthsRad[i]));
      }
      return directions;
    }

    /** Farthest flights one after another, each kick angle sought near the last one's. */
    private final class Chain {
      private final Geodetic site;
      private double kickRad = Double.NaN;

      Chain(Geodetic site) {
        this.site = site;
      }

      Direction fly(double azimuthRad) {
        Targeting.Reach reach =
            Double.isNaN(kickRad)
                ? targeting.reach(site, azimuthRad, 0)
                : targeting.reach(site, azimuthRad, 0, kickRad, KICK_HALF_WIDTH_RAD);
        kickRad = reach.kickAngleRad();
        return direction(site, azimuthRad, reach);
      }
    }

    private static Direction direction(Geodetic site, double azimuthRad, Targeting.Reach reach) {
      Geodetic impact = reach.trajectory().geodeticAt(reach.trajectory().endTimeS()).withHeightM(0);
      FlightEvent burnout = reach.trajectory().event(FlightEvent.Kind.BURNOUT).orElseThrow();
      Vector3D up = new Topocentric(Wgs84.toGeodetic(burnout.positionEcef())).up();
      double gamma = Math.asin(burnout.velocityEcef().normalize().dotProduct(up));
      GeodesicLeg leg = Geodesy.inverse(site, impact);
      return new Direction(
          wrapTwoPi(azimuthRad), leg.initialAzimuthRad(), reach.rangeM(), impact, gamma);
    }
  }

  /**
   * The free flight of a burnout state: a two-body arc in the inertial frame that coincides with
   * the Earth-fixed one at burnout, flown until its height above the ground falls to zero. The
   * height above an ellipsoid of revolution does not change as the Earth turns, so the impact time
   * is found on the inertial arc alone; the impact point is then turned back into the Earth-fixed
   * frame ({@link EarthRotation}).
   */
  private record FreeFlight(double speedMps, double altitudeM, Earth earth) implements Flier {

    /** Time step of the search for the descent through the ground (s). */
    private static final double SEARCH_STEP_S = 30;

    /** The impact time is bisected to 1 ns (at most 8 µm of flight). */
    private static final double TIME_TOLERANCE_S = 1e-9;

    /** Longest coast followed (s): far beyond any sub-orbital flight. */
    private static final double MAX_COAST_S = 6 * 3600;

    /** Flight-path angles searched (rad), open at both ends. */
    private static final double MIN_GAMMA_RAD = 1e-4;

    private static final double MAX_GAMMA_RAD = Math.PI / 2 - 1e-4;

    /** The golden section stops at 1e-7 rad: the range is flat to 1e-6 m there. */
    private static final double GAMMA_TOLERANCE_RAD = 1e-7;

    @Override
    public Direction farthest(Geodetic site, double azimuthRad) {
      double gamma =
          GoldenSection.minimum(
              g -> -shoot(site, azimuthRad, g).reachM(),
              MIN_GAMMA_RAD,
              MAX_GAMMA_RAD,
              GAMMA_TOLERANCE_RAD);
      return shoot(site, azimuthRad, gamma);
    }

    Direction shoot(Geodetic site, double azimuthRad, double gammaRad) {
      Vector3D position;
      Vector3D east;
      Vector3D north;
      Vector3D up;
      double lat = site.latitudeRad();
      double lon = site.longitudeRad();
      if (earth.spherical()) {
        up =
            new Vector3D(
                Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat));
        east = new Vector3D(-Math.sin(lon), Math.cos(lon), 0);
        north = Vector3D.crossProduct(up, east);
        position = up.scalarMultiply(SphericalFreeFlight.DEFAULT_RADIUS_M + altitudeM);
      } else {
        Topocentric local = new Topocentric(site.withHeightM(altitudeM));
        position = local.originEcef();
        east = local.east();
        north = local.north();
        up = local.up();
      }
      Vector3D velocity =
          new Vector3D(
                  Math.cos(gammaRad) * Math.sin(azimuthRad),
                  east,
                  Math.cos(gammaRad) * Math.cos(azimuthRad),
                  north,
                  Math.sin(gammaRad),
                  up)
              .scalarMultiply(speedMps);
      double[] pv = {
        position.getX(),
        position.getY(),
        position.getZ(),
        velocity.getX(),
        velocity.getY(),
        velocity.getZ()
      };
      if (earth.rotating()) {
        EarthRotation.ecefToEci(0, pv, pv);
      }
      double impactTimeS = impactTimeS(pv);
      double[] end = new double[6];
      Kepler.propagate(pv, impactTimeS, earth.muM3S2(), end);
      if (earth.rotating()) {
        EarthRotation.eciToEcef(impactTimeS, end, end);
      }
      return earth.spherical()
          ? onSphere(site, azimuthRad, gammaRad, end)
          : onEllipsoid(site, azimuthRad, gammaRad, end);
    }

    /**
     * The first time after burnout at which the arc is on the ground, descending (s): steps until
     * the height is negative, then bisection.
     */
    private double impactTimeS(double[] pvInertial) {
      double[] pv = new double[6];
      double lo = 0;
      double hi = SEARCH_STEP_S;
      while (true) {
        Kepler.propagate(pvInertial, hi, earth.muM3S2(), pv);
        if (heightM(pv) <= 0) {
          break;
        }
        lo = hi;
        hi += SEARCH_STEP_S;
        if (hi > MAX_COAST_S) {
          throw new IllegalStateException("the free flight did not come down: it is in orbit");
        }
      }
      for (int i = 0; i < 100 && hi - lo > TIME_TOLERANCE_S; i++) {
        double mid = 0.5 * (lo + hi);
        Kepler.propagate(pvInertial, mid, earth.muM3S2(), pv);
        if (heightM(pv) > 0) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return hi;
    }

    /** Height above the ground (m); invariant under the Earth's turning. */
    private double heightM(double[] pv) {
      if (earth.spherical()) {
        return Math.sqrt(pv[0] * pv[0] + pv[1] * pv[1] + pv[2] * pv[2])
            - SphericalFreeFlight.DEFAULT_RADIUS_M;
      }
      return Wgs84.heightM(pv[0], pv[1], pv[2]);
    }

    private static Direction onEllipsoid(
        Geodetic site, double azimuthRad, double gammaRad, double[] end) {
      Geodetic impact = Wgs84.toGeodetic(end[0], end[1], end[2]).withHeightM(0);
      GeodesicLeg leg = Geodesy.inverse(site, impact);
      return new Direction(
          wrapTwoPi(azimuthRad), leg.initialAzimuthRad(), leg.distanceM(), impact, gammaRad);
    }

    /** On the sphere: great-circle distance and azimuth, geocentric latitude as the latitude. */
    private static Direction onSphere(
        Geodetic site, double azimuthRad, double gammaRad, double[] end) {
      double lat1 = site.latitudeRad();
      double lat2 = Math.atan2(end[2], Math.hypot(end[0], end[1]));
      double dLon = Math.atan2(end[1], end[0]) - site.longitudeRad();
      Vector3D from =
          new Vector3D(
              Math.cos(lat1) * Math.cos(site.longitudeRad()),
              Math.cos(lat1) * Math.sin(site.longitudeRad()),
              Math.sin(lat1));
      double angle = Vector3D.angle(from, new Vector3D(end[0], end[1], end[2]));
      double azimuth =
          Math.atan2(
              Math.sin(dLon) * Math.cos(lat2),
              Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon));
      Geodetic impact = new Geodetic(lat2, Math.atan2(end[1], end[0]), 0);
      return new Direction(
          wrapTwoPi(azimuthRad),
          wrapTwoPi(azimuth),
          angle * SphericalFreeFlight.DEFAULT_RADIUS_M,
          impact,
          gammaRad);
    }
  }

  /** An angle in [0, 2π) (rad); rounding could otherwise give 2π for a tiny negative angle. */
  private static double wrapTwoPi(double angleRad) {
    double wrapped = angleRad - 2 * Math.PI * Math.floor(angleRad / (2 * Math.PI));
    return wrapped < 2 * Math.PI ? wrapped : 0;
  }

  private static double wrapPi(double angleRad) {
    return angleRad - 2 * Math.PI * Math.floor((angleRad + Math.PI) / (2 * Math.PI));
  }
}
