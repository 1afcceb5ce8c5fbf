package shield.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shield.analysis.Region;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.scenario.Battery;
import shield.scenario.DefendedAsset;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Radar;
import shield.sim.RunResult;
import shield.sim.Shot;
import shield.sim.TrialRecord;

/**
 * The run report's map: the scenario's places in a region fitted around them, with each threat's
 * ground track from launch to aim point, the batteries, radars and defended assets, and trial 0's
 * intercept points.
 */
final class ReportMap {

  /** The picture's width (px): sharp on a report column about 1,000 px wide. */
  static final int WIDTH_PX = 1400;

  /** Points along each ground track. */
  private static final int TRACK_POINTS = 64;

  /** Margin around the places, as a share of their spread, and at least this many degrees. */
  private static final double MARGIN_SHARE = 0.08;

  private static final double MIN_MARGIN_DEG = 1.5;

  /** Widest and narrowest width-to-height ratio of the fitted map, for a readable page. */
  private static final double MAX_ASPECT = 2.0;

  private static final double MIN_ASPECT = 1.25;

  private static final double MAX_LATITUDE_DEG = 85;

  /** Batteries and radars this close together are drawn with one label (m). */
  private static final double SAME_SITE_M = 10_000;

  private static final Color LEAKED = Color.decode(ReportPlots.VERMILLION);
  private static final Color DESTROYED = Color.decode(ReportPlots.BLUE);
  private static final Color KILL = Color.decode(ReportPlots.GREEN);
  private static final Color MISS = Color.decode(ReportPlots.GREY);
  private static final Color LAUNCH = new Color(0x7A, 0x1F, 0x00);
  private static final Color BATTERY = new Color(0x00, 0x4C, 0x7A);
  private static final Color RADAR = new Color(0xA3, 0x4F, 0x8A);
  private static final Color ASSET = Color.decode(ReportPlots.INK);

  private ReportMap() {}

  /** The map of a run's scenario and first trial, as PNG bytes. */
  static byte[] png(RunResult result) {
    Scenario scenario = result.plan().scenario();
    TrialRecord trial = result.firstTrial();
    List<double[]> tracks = new ArrayList<>();
    List<double[]> points = new ArrayList<>();
    for (Threat t : scenario.threats()) {
      double[] track = groundTrack(t);
      tracks.add(track);
      for (int k = 0; k < track.length; k += 2) {
        points.add(new double[] {track[k], track[k + 1]});
      }
    }
    for (Battery b : scenario.batteries()) {
      points.add(degrees(b.site().position()));
    }
    for (Radar r : scenario.radars()) {
      points.add(degrees(r.position()));
    }
    for (DefendedAsset a : scenario.assets()) {
      points.add(degrees(a.place().position()));
    }
    List<double[]> intercepts = new ArrayList<>();
    for (Shot shot : trial.shots()) {
      double[] p = degrees(Wgs84.toGeodetic(shot.opportunity().interceptPointEcef()));
      intercepts.add(p);
      points.add(p);
    }

    MapCanvas map =
        MapCanvas.of(fit(points), WIDTH_PX)
            .title(scenario.name() + ": places, ground tracks and trial 0's intercepts");
    // Where a raid's missiles share a track, a leaker is drawn thin over a destroyed one's wider
    // line, so that both show.
    for (boolean killed : new boolean[] {true, false}) {
      String label =
          killed ? "threat destroyed in trial 0" : "threat reached the ground in trial 0";
      for (int i = 0; i < scenario.threats().size(); i++) {
        if (trial.outcome().threats().get(i).killed() != killed) {
          continue;
        }
        double[] track = tracks.get(i);
        double[] lat = new double[track.length / 2];
        double[] lon = new double[track.length / 2];
        for (int k = 0; k < lat.length; k++) {
          lat[k] = track[2 * k];
          lon[k] = track[2 * k + 1];
        }
        map.line(lat, lon, killed ? DESTROYED : LEAKED, killed ? 3.2f : 1.6f, label);
        label = null;
      }
    }
    Map<String, Place> launches = new LinkedHashMap<>();
    Map<String, Place> aims = new LinkedHashMap<>();
    for (Threat t : scenario.threats()) {
      launches.putIfAbsent(t.from().id(), t.from());
      aims.putIfAbsent(t.to().id(), t.to());
    }
    for (DefendedAsset a : scenario.assets()) {
      aims.remove(a.place().id());
    }
    for (Place p : launches.values()) {
      marker(map, p.position(), p.id(), LAUNCH, MapCanvas.Marker.TRIANGLE);
    }
    for (Place p : aims.values()) {
      marker(map, p.position(), p.id(), ASSET, MapCanvas.Marker.CIRCLE);
    }
    for (DefendedAsset a : scenario.assets()) {
      marker(map, a.place().position(), a.id(), ASSET, MapCanvas.Marker.CIRCLE);
    }
    for (Radar r : scenario.radars()) {
      // A ship's or battery's own radar stands where the battery does: one label is enough.
      boolean withBattery =
          scenario.batteries().stream()
              .anyMatch(b -> distanceM(b.site().position(), r.position()) < SAME_SITE_M);
      marker(map, r.position(), withBattery ? null : r.id(), RADAR, MapCanvas.Marker.SQUARE);
    }
    // Batteries at one site (an Aegis Ashore and a THAAD battery, say) share one label.
    List<Battery> batteries = scenario.batteries();
    for (int i = 0; i < batteries.size(); i++) {
      Geodetic site = batteries.get(i).site().position();
      List<String> ids = new ArrayList<>();
      boolean first = true;
      for (int j = 0; j < batteries.size(); j++) {
        if (distanceM(batteries.get(j).site().position(), site) < SAME_SITE_M) {
          ids.add(batteries.get(j).id());
          first &= j >= i;
        }
      }
      if (first) {
        marker(map, site, String.join(", ", ids), BATTERY, MapCanvas.Marker.TRIANGLE);
      }
    }
    for (int n = 0; n < intercepts.size(); n++) {
      double[] p = intercepts.get(n);
      map.marker(
          p[0], p[1], null, trial.shots().get(n).kill() ? KILL : MISS, MapCanvas.Marker.CROSS);
    }
    return map.png();
  }

  private static void marker(
      MapCanvas map, Geodetic g, String label, Color colour, MapCanvas.Marker shape) {
    map.marker(g.latitudeDeg(), g.longitudeDeg(), label, colour, shape);
  }

  /** The ground track of a threat's whole flight, as latitude, longitude pairs (deg). */
  private static double[] groundTrack(Threat t) {
    double[] track = new double[2 * TRACK_POINTS];
    double startS = t.launchTimeS();
    double durationS = t.impactTimeS() - startS;
    for (int k = 0; k < TRACK_POINTS; k++) {
      Geodetic g = t.trajectory().geodeticAt(startS + durationS * k / (TRACK_POINTS - 1));
      track[2 * k] = g.latitudeDeg();
      track[2 * k + 1] = g.longitudeDeg();
    }
    return track;
  }

  private static double distanceM(Geodetic a, Geodetic b) {
    return Wgs84.toEcef(a.withHeightM(0)).distance(Wgs84.toEcef(b.withHeightM(0)));
  }

  private static double[] degrees(Geodetic g) {
    return new double[] {g.latitudeDeg(), g.longitudeDeg()};
  }

  /**
   * The smallest box around the points (latitude, longitude in degrees), taking the shorter way
   * round in longitude, widened by a margin and to a page-friendly shape.
   */
  static Region fit(List<double[]> points) {
    if (points.isEmpty()) {
      return Region.EUROPE;
    }
    double south = Double.POSITIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    double[] lons = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      south = Math.min(south, points.get(i)[0]);
      north = Math.max(north, points.get(i)[0]);
      lons[i] = points.get(i)[1];
    }
    // The box in longitude is the circle less its largest gap between neighbouring points.
    Arrays.sort(lons);
    double west = lons[0];
    double width = lons[lons.length - 1] - lons[0];
    for (int i = 1; i < lons.length; i++) {
      double rest = 360 - (lons[i] - lons[i - 1]);
      if (rest < width) {
        width = rest;
        west = lons[i];
      }
    }
    double latMargin = Math.max(MIN_MARGIN_DEG, MARGIN_SHARE * (north - south));
    double lonMargin = Math.max(MIN_MARGIN_DEG, MARGIN_SHARE * width);
    south -= latMargin;
    north += latMargin;
    west -= lonMargin;
    width += 2 * lonMargin;
    double cosMiddle = Math.cos(Math.toRadians((south + north) / 2));
    double aspect = width * cosMiddle / (north - south);
    if (aspect < MIN_ASPECT) {
      double grow = (north - south) * MIN_ASPECT / cosMiddle - width;
      west -= grow / 2;
      width += grow;
    } else if (aspect > MAX_ASPECT) {
      double grow = width * cosMiddle / MAX_ASPECT - (north - south);
      south -= grow / 2;
      north += grow / 2;
    }
    south = Math.max(-MAX_LATITUDE_DEG, south);
    north = Math.min(MAX_LATITUDE_DEG, north);
    if (width >= 359) {
      return new Region(south, -180, north, 180);
    }
    return new Region(south, wrap(west), north, wrap(west + width));
  }

  private static double wrap(double lonDeg) {
    return lonDeg - 360 * Math.floor((lonDeg + 180) / 360);
  }
}
