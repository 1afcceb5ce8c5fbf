package shield.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;
import shield.scenario.Network;
import shield.scenario.SatelliteSensor;
import shield.scenario.Scenario;
import shield.sense.Radar;
import shield.sense.RadarMode;
import shield.sense.TargetSignature;
import shield.track.TrackerSettings;

/**
 * When a network first holds a firm track of a flight, estimated without random draws from its
 * radars' coverage and radar equation: the deterministic stand-in for a {@link
 * shield.sim.SensingRun} that a grid of thousands of flights cannot afford.
 *
 * <p>For each radar linked to the network, the flight is looked at on the radar's track-revisit
 * grid from launch. A look counts as a hit when the radar can see the object ({@link Radar#canSee})
 * and the slant range is within the radar's range for a single-look detection probability of
 * {@value #DETECTION_PROBABILITY} on the object's cross-section (the booster's before burnout, the
 * reentry vehicle's after): track dwells for a radar that an early-warning satellite cues, the
 * search raster otherwise, then track dwells once it has detected. The radar's track is firm at its
 * {@code confirmHits}-th hit in a row (the M of the tracker's M-of-N rule); the network's at the
 * earliest radar's firm time plus that radar's link latency. Missed looks and the fusion of several
 * radars, which {@code SensingRun} draws and filters, are left out; docs/footprint.md compares the
 * two on the example scenario.
 *
 * <p>Immutable and thread-safe.
 */
public final class FirmTrackEstimate {

  /** The single-look detection probability at which a look counts as a hit. */
  public static final double DETECTION_PROBABILITY = 0.5;

  /** The fastest a ballistic missile flies (m/s), above any catalog missile's burnout speed. */
  static final double FASTEST_MPS = 8_000;

  private final List<Radar> radars;
  private final boolean[] cued;
  private final List<List<double[]>> networkLinks;
  private final int confirmHits;

  /**
   * @param scenario the radars, and the satellites that cue them
   * @param networks the networks to estimate, whose links name the scenario's radars
   * @param settings the tracker, for its confirmation count
   */
  public FirmTrackEstimate(Scenario scenario, List<Network> networks, TrackerSettings settings) {
    this.radars = scenario.radars();
    this.cued = new boolean[radars.size()];
    for (int r = 0; r < radars.size(); r++) {
      String id = radars.get(r).id();
      for (SatelliteSensor s : scenario.satellites()) {
        cued[r] |= s.cuedRadarIds().contains(id);
      }
    }
    this.networkLinks = new ArrayList<>();
    for (Network n : networks) {
      List<double[]> links = new ArrayList<>();
      for (int r = 0; r < radars.size(); r++) {
        Optional<Network.Link> link = n.link(radars.get(r).id());
        if (link.isPresent()) {
          links.add(new double[] {r, link.get().latencyS()});
        }
      }
      networkLinks.add(links);
    }
    this.confirmHits = settings.confirmHits();
  }

  /** The number of networks, in the order given. */
  public int networks() {
    return networkLinks.size();
  }

  /**
   * The firm-track times of every radar for one flight; an entry is NaN when that radar never holds
   * a firm track, and radars no network links are not looked at.
   *
   * @param flight the flight
   * @param signature its cross-sections
   * @return per radar of the scenario, its firm-track time (s from the scenario epoch) or NaN
   */
  public double[] radarFirmTimesS(Trajectory flight, TargetSignature signature) {
    double[] out = new double[radars.size()];
    Arrays.fill(out, Double.NaN);
    for (List<double[]> links : networkLinks) {
      for (double[] link : links) {
        int r = (int) link[0];
        if (Double.isNaN(out[r])) {
          out[r] = radarFirmS(r, flight, signature);
        }
      }
    }
    return out;
  }

  /**
   * A network's firm-track time from its radars' (s from the scenario epoch), NaN for never.
   *
   * @param network the network's index
   * @param radarFirmTimesS what {@link #radarFirmTimesS} returned for the flight
   */
  public double networkFirmS(int network, double[] radarFirmTimesS) {
    double best = Double.NaN;
    for (double[] link : networkLinks.get(network)) {
      double t = radarFirmTimesS[(int) link[0]] + link[1];
      if (!(t >= best)) {
        best = Double.isNaN(t) ? best : t;
      }
    }
    return best;
  }

  /** The time of a radar's firm track of a flight, or NaN (a revisit grid walk from launch). */
  private double radarFirmS(int r, Trajectory flight, TargetSignature signature) {
    Radar radar = radars.get(r);
    double revisitS = radar.type().trackRevisitS();
    double burnoutS =
        flight.event(FlightEvent.Kind.BURNOUT).map(FlightEvent::timeS).orElse(Double.NaN);
    double[] rangeM = new double[4];
    rangeM[0] = range(radar, RadarMode.SEARCH, signature.boosterRcsM2());
    rangeM[1] = range(radar, RadarMode.SEARCH, signature.reentryVehicleRcsM2());
    rangeM[2] = range(radar, RadarMode.TRACK, signature.boosterRcsM2());
    rangeM[3] = range(radar, RadarMode.TRACK, signature.reentryVehicleRcsM2());
    double reachM = Math.max(Math.max(rangeM[0], rangeM[1]), Math.max(rangeM[2], rangeM[3]));
    reachM = Math.min(reachM, radar.type().instrumentedRangeM());
    Vector3D site = radar.frame().originEcef();
    int hits = 0;
    double startS = flight.startTimeS();
    for (long k = 0; startS + k * revisitS <= flight.endTimeS(); k++) {
      double t = startS + k * revisitS;
      Vector3D p = flight.positionEcef(t);
      double slantM = p.distance(site);
      boolean hit = false;
      if (slantM > reachM) {
        // Out of reach now and, at the fastest a missile flies, for the looks that this skips.
        k += (long) ((slantM - reachM) / (FASTEST_MPS * revisitS));
      } else {
        boolean tracking = hits > 0 || cued[r];
        boolean afterBurnout = t >= burnoutS;
        double detectM = rangeM[(tracking ? 2 : 0) + (afterBurnout ? 1 : 0)];
        hit = slantM <= detectM && radar.canSee(p);
      }
      hits = hit ? hits + 1 : 0;
      if (hits == confirmHits) {
        return t;
      }
    }
    return Double.NaN;
  }

  private static double range(Radar radar, RadarMode mode, double rcsM2) {
    return radar.type().detectionRangeM(mode, rcsM2, DETECTION_PROBABILITY);
  }
}
