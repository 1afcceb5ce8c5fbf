package shield.flight;

import java.util.function.DoubleFunction;
import shield.earth.GeodesicLeg;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Wgs84;

/**
 * Finds the guidance — launch azimuth, kick angle and thrust cutoff — that puts a missile's impact
 * on an aim point of the rotating Earth, for a shape of trajectory.
 *
 * <p>Every candidate is flown in full ({@link MissileFlight}), so the solution carries the whole
 * physics: the Earth's rotation, J2, drag in boost and reentry. The azimuth is corrected by the
 * angle between the impact and the aim point as seen from the launch site after every flight that
 * lands near the aim range (a fixed point that converges because that angle changes slowly with the
 * guidance). Range is set by the cutoff time (minimum energy, apogee) or by the kick angle
 * (depressed), each by safeguarded secant steps; the minimum-energy kick angle by a scan and
 * golden-section search. Final polishing drives the miss under {@link #MISS_GOAL_M}.
 *
 * <p>Thread-safe: each call keeps its own search state.
 */
public final class Targeting {

  /** Miss distance the final polishing aims for (m). */
  public static final double MISS_GOAL_M = 1;

  /** Range tolerance inside the searches, before polishing (m). */
  private static final double SEARCH_TOLERANCE_M = 5;

  /** Kick angles scanned before refining (deg): dense where ballistic missiles fly. */
  private static final double[] KICK_GRID_DEG = {
    0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70,
    75, 80, 85
  };

  private static final int POLISH_ITERATIONS = 40;

  /**
   * Objective of a kick angle whose flights overshoot the aim point even at the earliest cutoff, in
   * full burns.
   */
  private static final int TOO_CLOSE = 3;

  private final MissileFlight flight;

  public Targeting(MissileFlight flight) {
    this.flight = flight;
  }

  /**
   * The greatest range with every stage burned along a launch azimuth, and the kick angle that
   * gives it.
   *
   * @param rangeM geodesic distance from the launch site to the impact (m)
   * @param kickAngleRad the kick angle of that flight (rad)
   * @param trajectory that flight
   */
  public record Reach(double rangeM, double kickAngleRad, Trajectory trajectory) {}

  /** The greatest full-burn range along a launch azimuth (held fixed, not steered). */
  public Reach reach(Geodetic site, double azimuthRad, double launchTimeS) {
    return new Search(site, azimuthRad, launchTimeS).reach();
  }

  /**
   * The greatest full-burn range along a launch azimuth, with the kick angle sought near a guess
   * (the best kick of a neighbouring azimuth, say): golden section within a bracket about the
   * guess, a third of the flights of {@link #reach(Geodetic, double, double)}; if the best kick
   * falls on the bracket's edge, that full search instead.
   *
   * @param kickGuessRad the kick angle expected to be best (rad)
   * @param halfWidthRad half the width of the bracket searched about it (rad), positive
   */
  public Reach reach(
      Geodetic site,
      double azimuthRad,
      double launchTimeS,
      double kickGuessRad,
      double halfWidthRad) {
    Search search = new Search(site, azimuthRad, launchTimeS);
    double lo = Math.max(Math.toRadians(KICK_GRID_DEG[0]), kickGuessRad - halfWidthRad);
    double hi =
        Math.min(
            Math.toRadians(KICK_GRID_DEG[KICK_GRID_DEG.length - 1]), kickGuessRad + halfWidthRad);
    double tolerance = Math.toRadians(0.01);
    double kick = GoldenSection.minimum(k -> -search.fullBurnRange(k), lo, hi, tolerance);
    if (kick - lo < tolerance || hi - kick < tolerance) {
      return search.reach();
    }
    return search.reachAt(kick);
  }

  /**
   * Aims a missile from a launch site at a point.
   *
   * @throws OutOfReachException if the point is beyond the missile's reach on its azimuth
   * @throws TargetingException if no flight of the asked shape reaches the point (too close, or an
   *     apogee outside what the missile can fly there)
   */
  public TargetingSolution aim(
      Geodetic site, Geodetic aimPoint, double launchTimeS, TrajectoryShape shape)
      throws TargetingException {
    Search search = new Search(site, aimPoint, launchTimeS);
    if (shape instanceof TrajectoryShape.Depressed) {
      return search.depressed(shape);
    }
    if (shape instanceof TrajectoryShape.Apogee apogee) {
      return search.apogee(apogee);
    }
    return search.minimumEnergy(shape);
  }

  /** One flown candidate. */
  private record Shot(
      Guidance guidance,
      Trajectory trajectory,
      boolean valid,
      double rangeM,
      double azimuthRad,
      Geodetic impact) {

    double apogeeM() {
      return trajectory.event(FlightEvent.Kind.APOGEE).map(e -> heightM(e)).orElse(0.0);
    }

    private static double heightM(FlightEvent e) {
      return Wgs84.heightM(
          e.positionEcef().getX(), e.positionEcef().getY(), e.positionEcef().getZ());
    }
  }

  /** A kick angle with the cutoff that meets the aim range at it, or why none does. */
  private record Cutoff(
      double kickRad, double cutoffS, Shot shot, boolean feasible, double objective) {}

  /** The mutable state of one search. */
  private final class Search {
    private final Geodetic site;
    private final Geodetic aimPoint;
    private final double launchTimeS;
    private final boolean steer;
    private final double aimRangeM;
    private final double aimAzimuthRad;
    private final double totalBurnS;
    private final double earliestCutoffS;
    private double azimuthRad;

    /** Slope of range against cutoff time at the last solved kick (m/s), for warm starts. */
    private double rangePerCutoffMps = Double.NaN;

    /** Full-burn range at each kick angle of the grid (m), flown once per search. */
    private double[] gridRangesM;

    /** A search for an aim point, starting on the geodesic azimuth and steering from there. */
    Search(Geodetic site, Geodetic aimPoint, double launchTimeS) {
      this(site, aimPoint, launchTimeS, true, Geodesy.inverse(site, aimPoint));
    }

    /** A search along a fixed launch azimuth, with no aim point. */
    Search(Geodetic site, double azimuthRad, double launchTimeS) {
      this(site, null, launchTimeS, false, new GeodesicLeg(Double.NaN, azimuthRad, Double.NaN));
    }

    private Search(
        Geodetic site, Geodetic aimPoint, double launchTimeS, boolean steer, GeodesicLeg leg) {
      this.site = site;
      this.aimPoint = aimPoint;
      this.launchTimeS = launchTimeS;
      this.steer = steer;
      this.aimRangeM = leg.distanceM();
      this.aimAzimuthRad = leg.initialAzimuthRad();
      this.azimuthRad = leg.initialAzimuthRad();
      MissileType type = flight.type();
      this.totalBurnS = type.totalBurnTimeS();
      this.earliestCutoffS = type.verticalRiseS() + type.pitchOverS() + 1;
    }

    /** The full-burn range at every kick angle of the grid (m). */
    double[] gridRangesM() {
      if (gridRangesM == null) {
        gridRangesM = new double[KICK_GRID_DEG.length];
        for (int i = 0; i < KICK_GRID_DEG.length; i++) {
          gridRangesM[i] = fullBurnRange(Math.toRadians(KICK_GRID_DEG[i]));
        }
      }
      return gridRangesM;
    }

    Shot shoot(double kickRad, double cutoffS) {
      Guidance g = new Guidance(azimuthRad, kickRad, cutoffS);
      Trajectory t = flight.fly(site, launchTimeS, g);
      boolean impacted = t.event(FlightEvent.Kind.IMPACT).isPresent();
      boolean burnedOut = t.event(FlightEvent.Kind.BURNOUT).isPresent();
      if (!impacted) {
        return new Shot(g, t, false, Double.POSITIVE_INFINITY, azimuthRad, null);
      }
      Geodetic impact = t.geodeticAt(t.endTimeS());
      GeodesicLeg leg = Geodesy.inverse(site, impact);
      Shot shot = new Shot(g, t, burnedOut, leg.distanceM(), leg.initialAzimuthRad(), impact);
      if (steer && burnedOut && Math.abs(leg.distanceM() - aimRangeM) < 0.2 * aimRangeM) {
        azimuthRad += wrap(aimAzimuthRad - leg.initialAzimuthRad());
      }
      return shot;
    }

    double missM(Shot shot) {
      return shot.impact() == null
          ? Double.POSITIVE_INFINITY
          : Geodesy.inverse(shot.impact(), aimPoint).distanceM();
    }

    /** Full burn at the grid of kick angles, then golden section around the best. */
    Reach reach() {
      double[] ranges = gridRangesM();
      int bestIndex = 0;
      for (int i = 1; i < ranges.length; i++) {
        if (ranges[i] > ranges[bestIndex]) {
          bestIndex = i;
        }
      }
      double lo = Math.toRadians(KICK_GRID_DEG[Math.max(0, bestIndex - 1)]);
      double hi = Math.toRadians(KICK_GRID_DEG[Math.min(KICK_GRID_DEG.length - 1, bestIndex + 1)]);
      double bestKick = GoldenSection.minimum(k -> -fullBurnRange(k), lo, hi, Math.toRadians(0.01));
      return reachAt(bestKick);
    }

    /** The full-burn flight at a kick angle, as a reach. */
    Reach reachAt(double kickRad) {
      Shot best = shoot(kickRad, Double.POSITIVE_INFINITY);
      return new Reach(best.valid() ? best.rangeM() : 0, kickRad, best.trajectory());
    }

    private double fullBurnRange(double kickRad) {
      Shot s = shoot(kickRad, Double.POSITIVE_INFINITY);
      return s.valid() ? s.rangeM() : 0;
    }

    /**
     * The cutoff that meets the aim range at a kick angle, and the objective that minimum energy
     * minimises: the cutoff time if the range can be met, more than the full burn otherwise.
     *
     * <p>Secant steps from a hint (the cutoff at a nearby kick angle) and the last slope of range
     * against cutoff, kept inside the bracket [earliest cutoff, full burn] that the flights so far
     * establish; the bracket's ends are flown only when a step would leave it.
     */
    Cutoff cutoffFor(double kickRad, double hintS) {
      double lo = earliestCutoffS;
      double hi = totalBurnS;
      double errLo = Double.NaN;
      double errHi = Double.NaN;
      double x = hintS > lo && hintS < hi ? hintS : hi;
      double xPrev = Double.NaN;
      double errPrev = Double.NaN;
      Shot shot = null;
      for (int i = 0; i < 40; i++) {
        shot = shoot(kickRad, x);
        double range = shot.valid() ? shot.rangeM() : 0;
        double err = range - aimRangeM;
        if (Math.abs(err) < SEARCH_TOLERANCE_M && shot.valid()) {
          if (!Double.isNaN(xPrev) && x != xPrev) {
            rangePerCutoffMps = (err - errPrev) / (x - xPrev);
          }
          return new Cutoff(kickRad, x, shot, true, x);
        }
        if (x >= totalBurnS && err < 0) {
          // Short of the aim point even at full burn: rank by the shortfall, at 1 km per second.
          return new Cutoff(kickRad, totalBurnS, shot, false, totalBurnS - err / 1000);
        }
        if (x <= earliestCutoffS && err > 0) {
          return new Cutoff(kickRad, earliestCutoffS, shot, false, TOO_CLOSE * totalBurnS);
        }
        if (err < 0) {
          lo = x;
          errLo = err;
        } else {
          hi = x;
          errHi = err;
        }
        double next = Double.NaN;
        if (!Double.isNaN(xPrev) && err != errPrev) {
          next = x - err * (x - xPrev) / (err - errPrev);
        } else if (rangePerCutoffMps > 0) {
          next = x - err / rangePerCutoffMps;
        }
        if (!(next > lo && next < hi)) {
          if (Double.isNaN(errHi)) {
            next = totalBurnS;
          } else if (Double.isNaN(errLo)) {
            next = earliestCutoffS;
          } else {
            next = (lo * errHi - hi * errLo) / (errHi - errLo);
          }
        }
        xPrev = x;
        errPrev = err;
        x = next;
      }
      return new Cutoff(kickRad, x, shot, shot.valid(), x);
    }

    /**
     * Illinois false position on a knob x in [lo, hi] for range(x) = aim range, range increasing or
     * decreasing in x, with the bracket's errors known.
     */
    Shot solveRange(
        DoubleFunction<Shot> fly,
        double lo,
        double errLo,
        double hi,
        double errHi,
        double hint,
        double[] rootOut) {
      Shot shot = null;
      int side = 0;
      double x = hint > lo && hint < hi ? hint : Double.NaN;
      for (int i = 0; i < 60; i++) {
        if (Double.isNaN(x)) {
          x = (lo * errHi - hi * errLo) / (errHi - errLo);
        }
        shot = fly.apply(x);
        double err = (shot.impact() == null ? 0 : shot.rangeM()) - aimRangeM;
        rootOut[0] = x;
        if (Math.abs(err) < SEARCH_TOLERANCE_M || hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
          return shot;
        }
        if (Math.signum(err) == Math.signum(errLo)) {
          lo = x;
          errLo = err;
          if (side == -1) {
            errHi /= 2;
          }
          side = -1;
        } else {
          hi = x;
          errHi = err;
          if (side == 1) {
            errLo /= 2;
          }
          side = 1;
        }
        x = Double.NaN;
      }
      return shot;
    }

    TargetingSolution minimumEnergy(TrajectoryShape shape) throws TargetingException {
      Cutoff best = minimumEnergyCutoff();
      double kick = best.kickRad();
      return polish(shape, c -> new double[] {kick, c}, best.cutoffS(), 0.05);
    }

    /**
     * One full-burn flight per grid kick finds the kicks that can reach the aim point at all;
     * golden-section search between their infeasible neighbours then finds the kick that needs the
     * earliest cutoff (unimodal: the cutoff is the full burn at both edges of the feasible range).
     */
    Cutoff minimumEnergyCutoff() throws TargetingException {
      int first = -1;
      int last = -1;
      double longestM = 0;
      double[] ranges = gridRangesM();
      for (int i = 0; i < ranges.length; i++) {
        double range = ranges[i];
        longestM = Math.max(longestM, range);
        if (range >= aimRangeM) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0) {
        Reach reach = reach();
        throw new OutOfReachException(
            flight.type().id(), aimRangeM, Math.max(longestM, reach.rangeM()), azimuthRad);
      }
      double lo = Math.toRadians(KICK_GRID_DEG[Math.max(0, first - 1)]);
      double hi = Math.toRadians(KICK_GRID_DEG[Math.min(KICK_GRID_DEG.length - 1, last + 1)]);
      Cutoff[] best = {null};
      boolean[] tooClose = {false};
      GoldenSection.minimum(
          k -> {
            Cutoff c = cutoffFor(k, best[0] == null ? Double.NaN : best[0].cutoffS());
            tooClose[0] |= c.objective() == TOO_CLOSE * totalBurnS;
            if (c.feasible() && (best[0] == null || c.objective() < best[0].objective())) {
              best[0] = c;
            }
            return c.objective();
          },
          lo,
          hi,
          Math.toRadians(0.02));
      if (best[0] == null && tooClose[0]) {
        throw new TargetingException(
            String.format(
                "the aim point is %,.0f km away, closer than %s can be aimed",
                aimRangeM / 1000, flight.type().id()));
      }
      if (best[0] == null) {
        throw new OutOfReachException(flight.type().id(), aimRangeM, longestM, azimuthRad);
      }
      return best[0];
    }

    TargetingSolution depressed(TrajectoryShape shape) throws TargetingException {
      Reach reach = reach();
      if (reach.rangeM() < aimRangeM) {
        throw new OutOfReachException(flight.type().id(), aimRangeM, reach.rangeM(), azimuthRad);
      }
      double lo = reach.kickAngleRad();
      double errLo = reach.rangeM() - aimRangeM;
      double hi = Double.NaN;
      double errHi = 0;
      double[] ranges = gridRangesM();
      for (int i = 0; i < ranges.length; i++) {
        double k = Math.toRadians(KICK_GRID_DEG[i]);
        if (k <= lo) {
          continue;
        }
        double err = ranges[i] - aimRangeM;
        if (err < 0) {
          hi = k;
          errHi = err;
          break;
        }
        lo = k;
        errLo = err;
      }
      if (Double.isNaN(hi)) {
        throw new TargetingException(
            String.format(
                "%s has no depressed trajectory to a point %,.0f km away: it overflies it at every "
                    + "pitch programme",
                flight.type().id(), aimRangeM / 1000));
      }
      double[] root = new double[1];
      solveRange(k -> shoot(k, Double.POSITIVE_INFINITY), lo, errLo, hi, errHi, Double.NaN, root);
      return polish(
          shape, k -> new double[] {k, Double.POSITIVE_INFINITY}, root[0], Math.toRadians(0.001));
    }

    TargetingSolution apogee(TrajectoryShape.Apogee shape) throws TargetingException {
      Cutoff minimum = minimumEnergyCutoff();
      double wantM = shape.apogeeM();
      double minimumApogeeM = minimum.shot().apogeeM();
      // Lofting (smaller kick) raises the apogee; flattening lowers it.
      double direction = wantM > minimumApogeeM ? -1 : 1;
      double stepRad = Math.toRadians(0.5);
      Cutoff inner = minimum;
      Cutoff outer = null;
      double reachedM = minimumApogeeM;
      for (int i = 1; i <= 120; i++) {
        double k = minimum.kickRad() + direction * i * stepRad;
        if (k <= Math.toRadians(0.05) || k >= Math.toRadians(60)) {
          break;
        }
        Cutoff c = cutoffFor(k, inner.cutoffS());
        if (!c.feasible()) {
          break;
        }
        double a = c.shot().apogeeM();
        if ((a - wantM) * direction <= 0) {
          outer = c;
          break;
        }
        inner = c;
        reachedM = a;
      }
      if (outer == null) {
        throw new TargetingException(
            String.format(
                "no trajectory of %s to this aim point has an apogee of %,.0f km: they run %s to "
                    + "%,.0f km (minimum energy: %,.0f km)",
                flight.type().id(),
                wantM / 1000,
                direction < 0 ? "up" : "down",
                reachedM / 1000,
                minimumApogeeM / 1000));
      }
      double lo = inner.kickRad();
      double errLo = inner.shot().apogeeM() - wantM;
      double hi = outer.kickRad();
      double errHi = outer.shot().apogeeM() - wantM;
      Cutoff found = outer;
      for (int i = 0; i < 40 && Math.abs(hi - lo) > Math.toRadians(1e-4); i++) {
        double k = (lo * errHi - hi * errLo) / (errHi - errLo);
        Cutoff c = cutoffFor(k, found.cutoffS());
        if (!c.feasible()) {
          break;
        }
        found = c;
        double err = c.shot().apogeeM() - wantM;
        if (Math.abs(err) < 100) {
          break;
        }
        if (Math.signum(err) == Math.signum(errLo)) {
          lo = k;
          errLo = err;
          errHi /= 2;
        } else {
          hi = k;
          errHi = err;
          errLo /= 2;
        }
      }
      double kick = found.kickRad();
      return polish(shape, c -> new double[] {kick, c}, found.cutoffS(), 0.05);
    }

    /**
     * Drives the miss down by secant steps on one knob (cutoff or kick angle) for range while the
     * azimuth follows the impact; keeps the best flight.
     *
     * @param knob the kick angle (rad) and cutoff (s) for a knob value
     * @param x0 the knob's starting value
     * @param dx a small change of the knob, for the first slope
     */
    TargetingSolution polish(
        TrajectoryShape shape, DoubleFunction<double[]> knob, double x0, double dx) {
      Shot best = null;
      double bestMiss = Double.POSITIVE_INFINITY;
      double x = x0;
      double xPrev = Double.NaN;
      double errPrev = Double.NaN;
      for (int i = 0; i < POLISH_ITERATIONS; i++) {
        double[] kc = knob.apply(x);
        Shot shot = shoot(kc[0], kc[1]);
        double miss = missM(shot);
        if (shot.valid() && miss < bestMiss) {
          best = shot;
          bestMiss = miss;
        }
        if (bestMiss < MISS_GOAL_M) {
          break;
        }
        double err = shot.rangeM() - aimRangeM;
        double next;
        if (Double.isNaN(xPrev) || err == errPrev) {
          next = x + (err > 0 ? -dx : dx);
        } else {
          next = x - err * (x - xPrev) / (err - errPrev);
        }
        xPrev = x;
        errPrev = err;
        x = next;
      }
      return new TargetingSolution(
          shape, best.guidance(), best.trajectory(), aimPoint, best.impact(), bestMiss);
    }
  }

  /** An angle wrapped to (−π, π] (rad). */
  static double wrap(double angleRad) {
    double a = Math.IEEEremainder(angleRad, 2 * Math.PI);
    return a <= -Math.PI ? a + 2 * Math.PI : a;
  }
}
