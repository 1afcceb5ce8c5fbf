package shield.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import shield.earth.Wgs84;
import shield.flight.Trajectory;
import shield.scenario.Network;
import shield.scenario.SatelliteSensor;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Measurement;
import shield.sense.Observation;
import shield.sense.Radar;
import shield.sense.TargetSignature;
import shield.track.FusionNode;
import shield.track.TrackEvent;
import shield.track.TrackerSettings;

/**
 * Runs a scenario's sensors and networks over its threats' flights: the detection and tracking
 * timeline that {@code shield sense} prints.
 *
 * <p>In order: the early-warning satellites watch every boost and report launches; each report cues
 * the radars its constellation cues; each radar runs its search and track looks ({@link
 * RadarScheduler}); each network's node receives the reports of its linked sensors after each
 * link's latency and tracks the threats by fusing them ({@link FusionNode}). Radars are independent
 * of one another, and so are networks, so each runs on its own thread; every draw comes from a
 * stream named by the seed and what it concerns, so the result does not depend on the threads.
 */
public final class SensingRun {

  private static final int STREAM_SATELLITES = 3;

  private final Scenario scenario;
  private final TrackerSettings trackerSettings;

  /** A run of a scenario with the tracker's default settings. */
  public SensingRun(Scenario scenario) {
    this(scenario, TrackerSettings.defaults());
  }

  /** A run of a scenario with given tracker settings. */
  public SensingRun(Scenario scenario, TrackerSettings trackerSettings) {
    this.scenario = scenario;
    this.trackerSettings = trackerSettings;
  }

  /**
   * Runs the timeline.
   *
   * @param seed the seed of every random draw
   */
  public SenseReport run(long seed) {
    List<Threat> threats = scenario.threats();
    List<Trajectory> flights = threats.stream().map(Threat::trajectory).toList();
    List<TargetSignature> signatures = threats.stream().map(t -> t.missile().signature()).toList();
    int n = threats.size();

    List<SatelliteSensor> satellites = scenario.satellites();
    Observation[][] observations = new Observation[satellites.size()][n];
    for (int k = 0; k < satellites.size(); k++) {
      for (int j = 0; j < n; j++) {
        observations[k][j] =
            satellites
                .get(k)
                .constellation()
                .observe(flights.get(j), RandomStreams.stream(seed, STREAM_SATELLITES, k, j), j);
      }
    }

    List<Radar> radars = scenario.radars();
    List<List<Measurement>> detections =
        IntStream.range(0, radars.size())
            .parallel()
            .mapToObj(
                r ->
                    new RadarScheduler(radars.get(r), r, flights, signatures, seed)
                        .run(cueTimes(radars.get(r).id(), satellites, observations, n)))
            .toList();

    double lastImpactS = threats.stream().mapToDouble(Threat::impactTimeS).max().orElse(0);
    List<List<TrackEvent>> trackEvents =
        scenario.networks().stream()
            .parallel()
            .map(network -> track(network, radars, detections, lastImpactS))
            .toList();

    List<ThreatSensing> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      List<SensorSighting> sightings = new ArrayList<>();
      for (int r = 0; r < radars.size(); r++) {
        sightings.add(radarSighting(radars.get(r).id(), detections.get(r), j, flights.get(j)));
      }
      for (int k = 0; k < satellites.size(); k++) {
        sightings.add(
            satelliteSighting(satellites.get(k).constellation().id(), observations[k][j]));
      }
      List<NetworkWarning> warnings = new ArrayList<>();
      for (int w = 0; w < scenario.networks().size(); w++) {
        warnings.add(
            warning(scenario.networks().get(w), sightings, trackEvents.get(w), j, threats.get(j)));
      }
      out.add(new ThreatSensing(threats.get(j), sightings, warnings));
    }
    return new SenseReport(scenario, seed, out);
  }

  /** Per threat, the earliest arrival at a radar of a cue from a constellation that cues it. */
  private static double[] cueTimes(
      String radarId, List<SatelliteSensor> satellites, Observation[][] observations, int n) {
    double[] cue = new double[n];
    Arrays.fill(cue, Double.NaN);
    for (int k = 0; k < satellites.size(); k++) {
      if (!satellites.get(k).cuedRadarIds().contains(radarId)) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        Observation o = observations[k][j];
        if (o != null && !(o.report().reportTimeS() >= cue[j])) {
          cue[j] = o.report().reportTimeS();
        }
      }
    }
    return cue;
  }

  /** A detection on its way to a node: when it arrives and which radar sent it. */
  private record Arrival(double arrivalS, int radar, Measurement measurement) {}

  /** Feeds a network's node the detections of its linked radars in arrival order. */
  private List<TrackEvent> track(
      Network network, List<Radar> radars, List<List<Measurement>> detections, double endS) {
    List<Arrival> arrivals = new ArrayList<>();
    for (int r = 0; r < radars.size(); r++) {
      Optional<Network.Link> link = network.link(radars.get(r).id());
      if (link.isEmpty()) {
        continue;
      }
      for (Measurement m : detections.get(r)) {
        arrivals.add(new Arrival(m.timeS() + link.get().latencyS(), r, m));
      }
    }
    arrivals.sort(
        Comparator.comparingDouble(Arrival::arrivalS)
            .thenComparingDouble(a -> a.measurement.timeS())
            .thenComparingInt(Arrival::radar)
            .thenComparingInt(a -> a.measurement.truthIndex()));
    FusionNode node = new FusionNode(network.id(), trackerSettings);
    double lastS = Double.NEGATIVE_INFINITY;
    for (Arrival a : arrivals) {
      node.receive(a.measurement, a.arrivalS);
      lastS = a.arrivalS;
    }
    node.advanceTo(Math.max(lastS, endS));
    return node.events();
  }

  private static SensorSighting radarSighting(
      String radarId, List<Measurement> detections, int threat, Trajectory flight) {
    int count = 0;
    double first = Double.NaN;
    double last = Double.NaN;
    for (Measurement m : detections) {
      if (m.truthIndex() == threat) {
        if (count == 0) {
          first = m.timeS();
        }
        last = m.timeS();
        count++;
      }
    }
    if (count == 0) {
      return new SensorSighting(
          radarId,
          SensorSighting.Kind.RADAR,
          0,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty());
    }
    double[] pv = new double[6];
    flight.stateEcef(first, pv);
    return new SensorSighting(
        radarId,
        SensorSighting.Kind.RADAR,
        count,
        OptionalDouble.of(first),
        OptionalDouble.of(last),
        OptionalDouble.of(Wgs84.heightM(pv[0], pv[1], pv[2])),
        OptionalDouble.empty());
  }

  private static SensorSighting satelliteSighting(String id, Observation o) {
    if (o == null) {
      return new SensorSighting(
          id,
          SensorSighting.Kind.SATELLITE,
          0,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty());
    }
    return new SensorSighting(
        id,
        SensorSighting.Kind.SATELLITE,
        1,
        OptionalDouble.of(o.firstSightingS()),
        OptionalDouble.of(o.lastSightingS()),
        OptionalDouble.of(o.altitudeAtFirstSightingM()),
        OptionalDouble.of(o.report().reportTimeS()));
  }

  private static NetworkWarning warning(
      Network network,
      List<SensorSighting> sightings,
      List<TrackEvent> events,
      int threat,
      Threat truth) {
    double first = Double.NaN;
    String firstSensor = null;
    for (SensorSighting s : sightings) {
      Optional<Network.Link> link = network.link(s.sensorId());
      if (link.isEmpty() || !s.saw()) {
        continue;
      }
      // Radars report each detection; satellites report once, when the launch is declared.
      double known =
          (s.kind() == SensorSighting.Kind.RADAR
                  ? s.firstDetectionS().getAsDouble()
                  : s.reportS().getAsDouble())
              + link.get().latencyS();
      if (!(known >= first)) {
        first = known;
        firstSensor = s.sensorId();
      }
    }
    TrackEvent firm =
        events.stream()
            .filter(e -> e.kind() == TrackEvent.Kind.FIRM && e.truthIndex() == threat)
            .findFirst()
            .orElse(null);
    OptionalDouble firmS = OptionalDouble.empty();
    OptionalDouble errorM = OptionalDouble.empty();
    OptionalDouble sigmaM = OptionalDouble.empty();
    if (firm != null) {
      firmS = OptionalDouble.of(firm.nodeTimeS());
      errorM =
          OptionalDouble.of(
              firm.estimate()
                  .positionEcef()
                  .distance(truth.trajectory().positionEcef(firm.estimate().timeS())));
      sigmaM = OptionalDouble.of(firm.estimate().positionSigmaMaxM());
    }
    return new NetworkWarning(
        network.id(),
        Double.isNaN(first) ? OptionalDouble.empty() : OptionalDouble.of(first),
        Optional.ofNullable(firstSensor),
        firmS,
        errorM,
        sigmaM,
        truth.impactTimeS());
  }
}
