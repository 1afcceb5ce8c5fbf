package shield.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.engage.Opportunity;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Face;
import shield.sense.Radar;
import shield.sim.RunResult;
import shield.sim.Shot;
import shield.sim.ThreatOutcome;
import shield.sim.TrialRecord;

/**
 * Writes a scenario and the first trial of its run as a GeoJSON (RFC 7946) feature collection for
 * GIS tools: every site as a point, each radar face's nominal coverage as a fan polygon on the
 * ground, every threat's ground track from launch to impact as a line, and trial 0's intercept
 * points.
 *
 * <p>Every feature has a {@code kind} ({@code radar}, {@code battery}, {@code launch_area}, {@code
 * asset}, {@code network_node}, {@code radar_coverage}, {@code threat_track}, {@code intercept})
 * and an {@code id} as in the CZML ({@code threat/raid-1}, ...), and properties with their units
 * (docs/exports.md lists them). A ground track is the point beneath the missile, sampled at most
 * {@value #TRACK_POINTS} times.
 */
public final class RunGeoJson {

  /** Points of each threat's ground track, at most. */
  private static final int TRACK_POINTS = 200;

  private static final double M_PER_KM = 1000;

  private RunGeoJson() {}

  /** Writes a run's scenario and first trial. */
  public static void write(RunResult result, Writer out) throws IOException {
    write(result.plan().scenario(), result.firstTrial(), out);
  }

  /**
   * Writes a scenario and one trial of it.
   *
   * @param scenario the scenario
   * @param trial the trial, with its shots
   * @param out where to write; left open
   */
  public static void write(Scenario scenario, TrialRecord trial, Writer out) throws IOException {
    GeoJson g = GeoJson.collection();
    for (Site site : Site.of(scenario)) {
      Map<String, Object> p = properties(site.id(), site.kind(), site.name());
      p.putAll(site.properties());
      point(g, site.position(), p);
    }
    for (Radar r : scenario.radars()) {
      for (int n = 0; n < r.faces().size(); n++) {
        coverage(g, r, n);
      }
    }
    for (int i = 0; i < scenario.threats().size(); i++) {
      track(g, scenario.threats().get(i), trial.outcome().threats().get(i));
    }
    List<Shot> shots = new ArrayList<>(trial.shots());
    shots.sort(Comparator.comparingDouble(shot -> shot.opportunity().launchS()));
    for (int n = 0; n < shots.size(); n++) {
      intercept(g, n + 1, shots.get(n), scenario);
    }
    g.write(out);
  }

  private static Map<String, Object> properties(String id, String kind, String name) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("kind", kind);
    p.put("name", name);
    return p;
  }

  private static void point(GeoJson g, Geodetic at, Map<String, Object> properties) {
    g.point(at.latitudeDeg(), at.longitudeDeg(), properties);
  }

  private static void coverage(GeoJson g, Radar r, int n) {
    Face f = r.faces().get(n);
    List<Geodetic> ring = RunKml.fanOutline(r, f);
    double[] lat = new double[ring.size()];
    double[] lon = new double[ring.size()];
    for (int k = 0; k < ring.size(); k++) {
      lat[k] = ring.get(k).latitudeDeg();
      lon[k] = ring.get(k).longitudeDeg();
    }
    Map<String, Object> p =
        properties("radar/" + r.id() + "/face-" + (n + 1), "radar_coverage", r.id());
    p.put("boresight_azimuth_deg", Math.toDegrees(f.boresightAzimuthRad()));
    p.put("half_width_deg", Math.toDegrees(f.halfWidthRad()));
    p.put("min_elevation_deg", Math.toDegrees(f.minElevationRad()));
    p.put("max_elevation_deg", Math.toDegrees(f.maxElevationRad()));
    p.put("range_km", r.type().instrumentedRangeM() / M_PER_KM);
    g.polygon(lat, lon, p);
  }

  private static void track(GeoJson g, Threat t, ThreatOutcome trial0) {
    double startS = t.launchTimeS();
    double endS = t.trajectory().endTimeS();
    int n = TRACK_POINTS;
    double[] lat = new double[n + 1];
    double[] lon = new double[n + 1];
    double[] pv = new double[6];
    double apogeeM = 0;
    for (int k = 0; k <= n; k++) {
      t.trajectory().stateEcef(startS + (endS - startS) * k / n, pv);
      Geodetic beneath = Wgs84.toGeodetic(new Vector3D(pv[0], pv[1], pv[2]));
      lat[k] = beneath.latitudeDeg();
      lon[k] = beneath.longitudeDeg();
      apogeeM = Math.max(apogeeM, beneath.heightM());
    }
    Map<String, Object> p = properties("threat/" + t.id(), "threat_track", t.id());
    p.put("missile", t.missile().id());
    p.put("from", t.from().id());
    p.put("to", t.to().id());
    p.put("launch_time_s", t.launchTimeS());
    p.put("impact_time_s", t.impactTimeS());
    p.put("max_altitude_km", apogeeM / M_PER_KM);
    p.put("trial0_killed", trial0.killed());
    p.put("trial0_end_time_s", Math.min(trial0.endTimeS(), endS));
    g.line(lat, lon, p);
  }

  private static void intercept(GeoJson g, int n, Shot shot, Scenario scenario) {
    Opportunity o = shot.opportunity();
    Geodetic at = Wgs84.toGeodetic(o.interceptPointEcef());
    Map<String, Object> p =
        properties(
            "intercept/" + n,
            "intercept",
            (shot.kill() ? "Kill: " : "Miss: ") + scenario.threats().get(shot.threat()).id());
    p.put("threat", scenario.threats().get(shot.threat()).id());
    p.put("battery", scenario.batteries().get(shot.battery()).id());
    p.put("kill", shot.kill());
    p.put("launch_time_s", o.launchS());
    p.put("time_s", o.interceptS());
    p.put("altitude_km", o.interceptAltitudeM() / M_PER_KM);
    p.put("ground_range_km", o.groundRangeM() / M_PER_KM);
    p.put("closing_speed_kmps", o.closingSpeedMps() / M_PER_KM);
    p.put("kill_probability", shot.killProbability());
    point(g, at, p);
  }
}
