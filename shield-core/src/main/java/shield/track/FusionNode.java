package shield.track;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.sense.Measurement;

/**
 * The tracker of one network: it receives the measurements of all the network's sensors as they
 * arrive over the network, associates them to its tracks, fuses them in one filter per track, and
 * manages the tracks' lives.
 *
 * <ul>
 *   <li><b>Batches.</b> Measurements of one sensor at one time (a scan) are associated together: a
 *       batch is processed when a measurement of another batch arrives, or on {@link #advanceTo},
 *       {@link #tracks()} or {@link #events()}.
 *   <li><b>Association</b> is global nearest neighbour: every live track is predicted to the
 *       batch's time; a pair (track, measurement) is allowed when its normalised innovation squared
 *       d² is inside the χ² gate; the assignment of least total cost d² + ln det S ({@link
 *       Hungarian}) decides. The ln det S term (Blackman &amp; Popoli 1999, §6.5) makes a precise
 *       track preferred to a vague one at equal d².
 *   <li><b>Initiation</b> is single-point: a measurement no track takes starts a tentative track at
 *       the measured position, with the measurement's covariance mapped to ECEF and a zero-mean
 *       velocity of {@link TrackerSettings#initialSpeedSigmaMps()} per axis.
 *   <li><b>Confirmation</b> is M of N looks; a look is a batch of a sensor that has reported the
 *       track. A tentative track that can no longer reach M hits in its first N looks is dropped.
 *   <li><b>Firm</b>: a confirmed track whose largest 1σ position axis is below {@link
 *       TrackerSettings#firmSigmaM()}.
 *   <li><b>Loss</b>: a track not updated for more than {@link TrackerSettings#maxCoastS()} of node
 *       time is deleted.
 *   <li><b>Out-of-sequence measurements</b> are handled exactly: each track keeps its measurements
 *       in time order with the filter state after each; a late measurement is associated against
 *       the prediction from the last state before it, inserted in its place, and the filter re-run
 *       from there through the later measurements. The result is the estimate that in-order
 *       processing gives. (A track has at most a few hundred updates, so the re-run is cheap.)
 * </ul>
 *
 * <p>Mutable and not thread-safe: one node per network per trial.
 */
public final class FusionNode {

  /** Cost of a pair outside the gate: larger than any sum of gated costs. */
  private static final double OUTSIDE_GATE = 1e12;

  private final String networkId;
  private final TrackerSettings settings;
  private final ImmFilter filter;
  private final double gateThreshold;
  private final List<LiveTrack> live = new ArrayList<>();
  private final List<TrackEvent> events = new ArrayList<>();
  private final List<Measurement> pending = new ArrayList<>();
  private double nodeTimeS = Double.NEGATIVE_INFINITY;
  private long nextId = 1;

  /**
   * @param networkId the network's name
   * @param settings the tracker's parameters
   */
  public FusionNode(String networkId, TrackerSettings settings) {
    this.networkId = Objects.requireNonNull(networkId, "networkId");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.filter = settings.filter();
    this.gateThreshold = settings.gateThreshold();
  }

  public String networkId() {
    return networkId;
  }

  public TrackerSettings settings() {
    return settings;
  }

  /**
   * Receives a measurement when it arrives at the node.
   *
   * @param m the measurement; its time may be earlier than that of measurements already received
   * @param arrivalTimeS when it arrives (s from the scenario epoch): its time plus the link's
   *     latency; never earlier than the previous call's or the last {@link #advanceTo}
   */
  public void receive(Measurement m, double arrivalTimeS) {
    Objects.requireNonNull(m, "measurement");
    requireNotBefore(arrivalTimeS);
    if (!pending.isEmpty()) {
      Measurement first = pending.get(0);
      if (!first.sensorId().equals(m.sensorId()) || first.timeS() != m.timeS()) {
        flush();
      }
    }
    nodeTimeS = arrivalTimeS;
    pending.add(m);
  }

  /**
   * Advances the node's clock: processes what has arrived and deletes the tracks not updated for
   * more than the maximum coast.
   *
   * @param timeS the node time (s from the scenario epoch), not earlier than the last arrival
   */
  public void advanceTo(double timeS) {
    requireNotBefore(timeS);
    flush();
    nodeTimeS = timeS;
    expire();
  }

  /** The live tracks (tentative, confirmed and firm), as snapshots. */
  public List<Track> tracks() {
    flush();
    List<Track> snapshot = new ArrayList<>(live.size());
    for (LiveTrack t : live) {
      snapshot.add(t.snapshot());
    }
    return List.copyOf(snapshot);
  }

  /** Everything that happened so far, in node-time order. */
  public List<TrackEvent> events() {
    flush();
    return List.copyOf(events);
  }

  private void requireNotBefore(double timeS) {
    if (!(timeS >= nodeTimeS)) {
      throw new IllegalArgumentException(
          "node "
              + networkId
              + ": time "
              + timeS
              + " s is earlier than the node's time "
              + nodeTimeS
              + " s; arrivals must come in non-decreasing time");
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Measurement> batch = List.copyOf(pending);
    pending.clear();
    expire();
    process(batch);
  }

  private void expire() {
    for (Iterator<LiveTrack> it = live.iterator(); it.hasNext(); ) {
      LiveTrack t = it.next();
      if (nodeTimeS - t.lastTimeS() > settings.maxCoastS()) {
        it.remove();
        t.status = TrackStatus.LOST;
        event(t, TrackEvent.Kind.LOST);
      }
    }
  }

  private void process(List<Measurement> batch) {
    double timeS = batch.get(0).timeS();
    String sensor = batch.get(0).sensorId();
    int k = batch.size();
    boolean[] taken = new boolean[k];
    boolean[] spawn = new boolean[k];
    List<LiveTrack> established = new ArrayList<>();
    List<LiveTrack> fresh = new ArrayList<>();
    for (LiveTrack t : live) {
      (t.entries.size() >= 2 ? established : fresh).add(t);
    }
    List<LiveTrack> hit = new ArrayList<>();
    associate(established, batch, taken, spawn, hit, false);
    associate(fresh, batch, taken, spawn, hit, true);
    List<LiveTrack> all = new ArrayList<>(established);
    all.addAll(fresh);
    for (LiveTrack t : all) {
      if (hit.contains(t)) {
        t.look(true);
      } else if (t.sensors.contains(sensor) && timeS > t.firstTimeS()) {
        t.look(false);
      } else {
        continue;
      }
      review(t);
    }
    for (int j = 0; j < k; j++) {
      if (!taken[j] || spawn[j]) {
        LiveTrack t = new LiveTrack(nextId++, batch.get(j));
        live.add(t);
        event(t, TrackEvent.Kind.INITIATED);
        review(t);
      }
    }
  }

  /**
   * Global nearest neighbour between some tracks and the measurements of a batch not yet taken: the
   * least-cost assignment where each track takes one measurement inside its gate (cost d² + ln det
   * S) or none (cost γ + ln det S, the worst a gated measurement could cost), updating the tracks
   * that take one.
   *
   * @param tracks the tracks
   * @param batch the batch
   * @param taken per measurement, whether a track took it; updated
   * @param spawn per measurement, whether it should also start its own track; updated
   * @param hit receives the tracks that took a measurement
   * @param onePoint whether the tracks hold a single point: two points cannot tell an object from
   *     another that trails it on the same path, so a measurement taken by such a track while other
   *     measurements were in its gate also starts a track of its own, and M of N decides
   */
  private void associate(
      List<LiveTrack> tracks,
      List<Measurement> batch,
      boolean[] taken,
      boolean[] spawn,
      List<LiveTrack> hit,
      boolean onePoint) {
    int n = tracks.size();
    int k = batch.size();
    if (n == 0) {
      return;
    }
    double[][] cost = new double[n][k + n];
    int[] gated = new int[n];
    for (double[] row : cost) {
      Arrays.fill(row, OUTSIDE_GATE);
    }
    for (int i = 0; i < n; i++) {
      TrackEstimate predicted = tracks.get(i).predictedAt(batch.get(0).timeS());
      double missCost = 0;
      for (int j = 0; j < k; j++) {
        if (taken[j]) {
          continue;
        }
        Innovation nu = Innovation.of(predicted, batch.get(j));
        double d2 = nu.nis();
        if (d2 <= gateThreshold) {
          double logDet = nu.logDeterminant();
          cost[i][j] = d2 + logDet;
          missCost =
              gated[i] == 0 ? gateThreshold + logDet : Math.min(missCost, gateThreshold + logDet);
          gated[i]++;
        }
      }
      cost[i][k + i] = missCost;
    }
    int[] solved = Hungarian.solve(cost);
    for (int i = 0; i < n; i++) {
      int j = solved[i];
      if (j >= 0 && j < k && cost[i][j] < OUTSIDE_GATE) {
        LiveTrack t = tracks.get(i);
        taken[j] = true;
        spawn[j] = onePoint && gated[i] > 1;
        t.insert(batch.get(j));
        hit.add(t);
      }
    }
  }

  /** Applies the confirmation, drop and firm rules after a look. */
  private void review(LiveTrack t) {
    if (t.status == TrackStatus.TENTATIVE) {
      int hits = t.hits();
      int remaining = settings.confirmLooks() - t.looks.size();
      if (hits >= settings.confirmHits()) {
        t.status = TrackStatus.CONFIRMED;
        event(t, TrackEvent.Kind.CONFIRMED);
      } else if (hits + remaining < settings.confirmHits()) {
        live.remove(t);
        t.status = TrackStatus.LOST;
        event(t, TrackEvent.Kind.DROPPED);
        return;
      } else {
        return;
      }
    }
    boolean precise = t.latest().combined().positionSigmaMaxM() <= settings.firmSigmaM();
    if (t.status == TrackStatus.CONFIRMED && precise) {
      t.status = TrackStatus.FIRM;
      event(t, TrackEvent.Kind.FIRM);
    } else if (t.status == TrackStatus.FIRM && !precise) {
      t.status = TrackStatus.CONFIRMED;
      event(t, TrackEvent.Kind.DEGRADED);
    }
  }

  private void event(LiveTrack t, TrackEvent.Kind kind) {
    events.add(new TrackEvent(nodeTimeS, t.id, kind, t.latest().combined(), t.truthIndex()));
  }

  /**
   * The prior of a track started from one measurement: the measured position, with the
   * measurement's covariance mapped through the Jacobian J = ∂r/∂(range, azimuth, elevation) of the
   * site's spherical coordinates (P_r = J R Jᵀ), and a zero velocity of variance σ_v² per axis.
   */
  TrackEstimate singlePointPrior(Measurement m) {
    double r = m.rangeM();
    double sinAz = Math.sin(m.azimuthRad());
    double cosAz = Math.cos(m.azimuthRad());
    double sinEl = Math.sin(m.elevationRad());
    double cosEl = Math.cos(m.elevationRad());
    Vector3D e = m.site().east();
    Vector3D nn = m.site().north();
    Vector3D u = m.site().up();
    Vector3D dRange = new Vector3D(sinAz * cosEl, e, cosAz * cosEl, nn).add(sinEl, u);
    Vector3D dAzimuth = new Vector3D(r * cosEl * cosAz, e, -r * cosEl * sinAz, nn);
    Vector3D dElevation =
        new Vector3D(-r * sinAz * sinEl, e, -r * cosAz * sinEl, nn).add(r * cosEl, u);
    double[][] j = {dRange.toArray(), dAzimuth.toArray(), dElevation.toArray()};
    double[] sigma2 = {
      m.rangeSigmaM() * m.rangeSigmaM(),
      m.angleSigmaRad() * m.angleSigmaRad(),
      m.angleSigmaRad() * m.angleSigmaRad()
    };
    double[][] p = new double[6][6];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
          sum += j[c][a] * sigma2[c] * j[c][b];
        }
        p[a][b] = sum;
      }
    }
    double v2 = settings.initialSpeedSigmaMps() * settings.initialSpeedSigmaMps();
    for (int a = 3; a < 6; a++) {
      p[a][a] = v2;
    }
    Vector3D position = m.positionEcef();
    return new TrackEstimate(
        m.timeS(), new double[] {position.getX(), position.getY(), position.getZ(), 0, 0, 0}, p);
  }

  /** One track's mutable state inside the node. */
  private final class LiveTrack {
    private final long id;
    private TrackStatus status = TrackStatus.TENTATIVE;

    /** The measurements in time order, each with the filter state after it. */
    private final List<Entry> entries = new ArrayList<>();

    private final Deque<Boolean> looks = new ArrayDeque<>();
    private final Set<String> sensors = new HashSet<>();
    private final Map<Integer, Integer> truthVotes = new HashMap<>();

    LiveTrack(long id, Measurement first) {
      this.id = id;
      entries.add(new Entry(first, initial(first)));
      sensors.add(first.sensorId());
      truthVotes.merge(first.truthIndex(), 1, Integer::sum);
      looks.add(true);
    }

    private ImmFilter.State initial(Measurement m) {
      return filter.initial(singlePointPrior(m), settings.initialBoostProbability());
    }

    ImmFilter.State latest() {
      return entries.get(entries.size() - 1).state();
    }

    double lastTimeS() {
      return latest().timeS();
    }

    double firstTimeS() {
      return entries.get(0).state().timeS();
    }

    /** The prediction to a time from the last state at or before it (or back from the first). */
    TrackEstimate predictedAt(double timeS) {
      int index = insertionIndex(timeS);
      ImmFilter.State base = entries.get(Math.max(index - 1, 0)).state();
      return filter.predicted(base, timeS);
    }

    /** The index after every entry at or before a time. */
    private int insertionIndex(double timeS) {
      int index = entries.size();
      while (index > 0 && entries.get(index - 1).measurement().timeS() > timeS) {
        index--;
      }
      return index;
    }

    /** Adds a measurement in its time order and re-runs the filter from there. */
    void insert(Measurement m) {
      int index = insertionIndex(m.timeS());
      entries.add(index, new Entry(m, null));
      sensors.add(m.sensorId());
      truthVotes.merge(m.truthIndex(), 1, Integer::sum);
      ImmFilter.State state = null;
      for (int i = index; i < entries.size(); i++) {
        Measurement mi = entries.get(i).measurement();
        state =
            i == 0
                ? initial(mi)
                : filter.update(state == null ? entries.get(i - 1).state() : state, mi);
        entries.set(i, new Entry(mi, state));
      }
    }

    void look(boolean hit) {
      looks.addLast(hit);
      while (looks.size() > settings.confirmLooks()) {
        looks.removeFirst();
      }
    }

    int hits() {
      int hits = 0;
      for (boolean h : looks) {
        hits += h ? 1 : 0;
      }
      return hits;
    }

    int truthIndex() {
      int best = -1;
      int votes = 0;
      for (Map.Entry<Integer, Integer> e : truthVotes.entrySet()) {
        if (e.getValue() > votes || (e.getValue() == votes && e.getKey() < best)) {
          best = e.getKey();
          votes = e.getValue();
        }
      }
      return best;
    }

    Track snapshot() {
      int truth = truthIndex();
      return new Track(
          id, status, latest().combined(), truth, entries.size(), truthVotes.get(truth));
    }
  }

  /** A measurement of a track and the filter state just after it. */
  private record Entry(Measurement measurement, ImmFilter.State state) {}
}
