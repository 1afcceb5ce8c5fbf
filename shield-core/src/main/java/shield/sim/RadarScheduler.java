package shield.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import shield.flight.Trajectory;
import shield.sense.Measurement;
import shield.sense.Radar;
import shield.sense.RadarMode;
import shield.sense.TargetSignature;
import shield.sense.Window;

/**
 * One radar's looks at every threat of a scenario, in time order: search until a detection, then
 * track looks at the track revisit interval while the radar has a free track slot.
 *
 * <p>The scheduler is the usual one of a phased-array radar reduced to its timeline:
 *
 * <ul>
 *   <li>All of a radar's looks fall on one grid of instants, the track revisit interval apart with
 *       a random phase per radar: the detections of one instant are one scan, which is how the
 *       network's tracker receives them (a track not updated in a scan of a sensor that tracks it
 *       has missed a look).
 *   <li>In search, a threat in coverage is looked at once per search frame (the frame rounded to a
 *       whole number of revisit intervals, at least one), with the search dwell's signal-to-noise.
 *   <li>After a detection, if fewer than the type's track capacity are held, the radar holds the
 *       threat in track: a look every track revisit interval with the track dwell's
 *       signal-to-noise. {@value #MISSES_TO_DROP} missed track looks in a row, or leaving coverage,
 *       free the slot and return the threat to search.
 *   <li>A cue (an early-warning satellite's launch report) puts the threat in track as soon as it
 *       is in coverage, capacity permitting: the radar spends track dwells where the cue says the
 *       missile is, instead of waiting for its search to find it.
 * </ul>
 *
 * Each (radar, threat) pair draws from its own random stream, so adding a threat changes no other
 * pair's draws; capacity, the one coupling between threats, is resolved in time order.
 */
final class RadarScheduler {

  /** Missed track looks in a row after which a radar gives a threat back to search. */
  static final int MISSES_TO_DROP = 3;

  private static final int STREAM_PHASE = 1;
  private static final int STREAM_LOOKS = 2;

  private final Radar radar;
  private final int radarIndex;
  private final List<Trajectory> flights;
  private final List<TargetSignature> signatures;
  private final long seed;

  /**
   * A scheduler for one radar.
   *
   * @param radar the radar
   * @param radarIndex the radar's index in the scenario, naming its random streams
   * @param flights the threats' flights, in scenario order
   * @param signatures the threats' radar signatures, in the same order
   * @param seed the run's seed
   */
  RadarScheduler(
      Radar radar,
      int radarIndex,
      List<Trajectory> flights,
      List<TargetSignature> signatures,
      long seed) {
    this.radar = radar;
    this.radarIndex = radarIndex;
    this.flights = flights;
    this.signatures = signatures;
    this.seed = seed;
  }

  /** A pending event: a look, or the arrival of a cue. */
  private record Event(double timeS, int threat, boolean cue, long generation)
      implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      int c = Double.compare(timeS, o.timeS);
      return c != 0 ? c : Integer.compare(threat, o.threat);
    }
  }

  /**
   * Runs the radar's looks over the whole scenario.
   *
   * @param cueTimesS per threat, when a cue reaches this radar (s from the epoch), NaN for none
   * @return the detections, in time order
   */
  List<Measurement> run(double[] cueTimesS) {
    int n = flights.size();
    double revisitS = radar.type().trackRevisitS();
    double frameS = revisitS * Math.max(1, Math.round(radar.type().searchFrameS() / revisitS));
    int capacity = radar.type().trackCapacity();
    double phaseS = RandomStreams.stream(seed, STREAM_PHASE, radarIndex).nextDouble() * frameS;

    List<List<Window>> windows = new ArrayList<>(n);
    SplittableRandom[] rng = new SplittableRandom[n];
    boolean[] inTrack = new boolean[n];
    boolean[] cued = new boolean[n];
    int[] misses = new int[n];
    long[] generation = new long[n];
    int held = 0;
    PriorityQueue<Event> queue = new PriorityQueue<>();
    for (int j = 0; j < n; j++) {
      windows.add(radar.visibilityWindows(flights.get(j)));
      rng[j] = RandomStreams.stream(seed, STREAM_LOOKS, radarIndex, j);
      double first = nextLook(windows.get(j), Double.NEGATIVE_INFINITY, phaseS, frameS);
      if (!Double.isNaN(first)) {
        queue.add(new Event(first, j, false, generation[j]));
      }
      if (!Double.isNaN(cueTimesS[j])) {
        queue.add(new Event(cueTimesS[j], j, true, -1));
      }
    }

    List<Measurement> out = new ArrayList<>();
    while (!queue.isEmpty()) {
      Event e = queue.poll();
      int j = e.threat;
      List<Window> w = windows.get(j);
      if (e.cue) {
        cued[j] = true;
        double at = nextLook(w, e.timeS, phaseS, revisitS);
        if (!inTrack[j] && !Double.isNaN(at)) {
          generation[j]++;
          queue.add(new Event(at, j, false, generation[j]));
        }
        continue;
      }
      if (e.generation != generation[j]) {
        continue;
      }
      double t = e.timeS;
      if (!inTrack[j] && cued[j] && held < capacity) {
        inTrack[j] = true;
        held++;
      }
      RadarMode mode = inTrack[j] ? RadarMode.TRACK : RadarMode.SEARCH;
      Measurement m = radar.look(flights.get(j), signatures.get(j), t, mode, rng[j], j);
      if (m != null) {
        out.add(m);
        misses[j] = 0;
        if (!inTrack[j] && held < capacity) {
          inTrack[j] = true;
          held++;
        }
      } else if (inTrack[j] && ++misses[j] >= MISSES_TO_DROP) {
        inTrack[j] = false;
        held--;
        misses[j] = 0;
      }
      double next;
      if (inTrack[j]) {
        next = t + revisitS;
        if (!covered(w, next)) {
          // Leaving coverage frees the slot; the threat is looked for again when it returns.
          inTrack[j] = false;
          held--;
          misses[j] = 0;
          next = nextLook(w, next, phaseS, cued[j] ? revisitS : frameS);
        }
      } else {
        next = nextLook(w, t + revisitS * 0.5, phaseS, cued[j] ? revisitS : frameS);
      }
      if (!Double.isNaN(next)) {
        queue.add(new Event(next, j, false, generation[j]));
      }
    }
    return out;
  }

  private static boolean covered(List<Window> windows, double timeS) {
    for (Window w : windows) {
      if (timeS >= w.startS() && timeS <= w.endS()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first instant of a grid at or after a time that falls in coverage; NaN if none.
   *
   * @param phaseS the grid's offset from the epoch (s)
   * @param stepS the grid's spacing: the track revisit interval, or the search frame (a whole
   *     number of revisit intervals, so that search looks fall on the track grid too) (s)
   */
  private static double nextLook(List<Window> windows, double timeS, double phaseS, double stepS) {
    for (Window w : windows) {
      double from = Math.max(timeS, w.startS());
      if (from > w.endS()) {
        continue;
      }
      double t = phaseS + Math.ceil((from - phaseS) / stepS) * stepS;
      if (t <= w.endS()) {
        return t;
      }
    }
    return Double.NaN;
  }
}
