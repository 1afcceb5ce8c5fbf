package shield.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shield.analysis.Reach;
import shield.analysis.Region;
import shield.earth.Geodesy;
import shield.earth.Geodetic;

/**
 * The reach ring of {@code shield reach} as a map picture and as GeoJSON: the ring of farthest
 * impacts round the launch place, the place, the cities with whether they are within reach, and,
 * for a burnout state, the circle the same missile would reach on a non-rotating Earth.
 */
public final class ReachFiles {

  /** Width of the map pictures (px). */
  public static final int MAP_WIDTH_PX = 1200;

  private static final Color RING = new Color(0xC0, 0x1C, 0x28);
  private static final Color NONROTATING = new Color(0x70, 0x70, 0x70);
  private static final Color SITE = new Color(0x20, 0x20, 0x20);
  private static final Color WITHIN = new Color(0xC0, 0x1C, 0x28);
  private static final Color BEYOND = new Color(0x1F, 0x6F, 0xB4);

  /** What a whole turn of longitude leaves out, since a region's edges must differ (deg). */
  private static final double WHOLE_TURN_GAP_DEG = 1e-6;

  /** Points on the non-rotating circle: one every 2° of azimuth. */
  private static final int CIRCLE_POINTS = 180;

  private ReachFiles() {}

  /**
   * The map: the ring (closed), the non-rotating circle if given, the launch place and the cities
   * (red within reach, blue beyond), over a region that fits them all.
   *
   * @param ring the reach ring
   * @param targets the cities
   * @param siteName the launch place's name
   * @param title the picture's title
   * @param nonrotatingReachM the non-rotating reach to draw as a geodesic circle (m), or NaN for
   *     none
   */
  public static MapCanvas map(
      Reach.Ring ring,
      List<Reach.Target> targets,
      String siteName,
      String title,
      double nonrotatingReachM) {
    List<double[]> points = new ArrayList<>();
    double[] lat = closed(ring.latitudesDeg());
    double[] lon = closed(ring.longitudesDeg());
    double[][] circle =
        Double.isNaN(nonrotatingReachM) ? null : circle(ring.site(), nonrotatingReachM);
    for (Reach.Target t : targets) {
      points.add(new double[] {t.place().latitudeDeg(), t.place().longitudeDeg()});
    }
    MapCanvas canvas =
        MapCanvas.of(regionAround(ring.site(), lat, lon, circle, points), MAP_WIDTH_PX)
            .title(title);
    if (circle != null) {
      canvas.line(
          circle[0],
          circle[1],
          NONROTATING,
          1.5f,
          String.format(Locale.ROOT, "non-rotating Earth, %,.0f km", nonrotatingReachM / 1000));
    }
    canvas.line(lat, lon, RING, 2.5f, "farthest impacts, rotating Earth");
    canvas.marker(
        ring.site().latitudeDeg(),
        ring.site().longitudeDeg(),
        siteName,
        SITE,
        MapCanvas.Marker.TRIANGLE);
    for (Reach.Target t : targets) {
      canvas.marker(
          t.place().latitudeDeg(),
          t.place().longitudeDeg(),
          t.name(),
          t.within() ? WITHIN : BEYOND,
          MapCanvas.Marker.CIRCLE);
    }
    return canvas;
  }

  /**
   * The GeoJSON: the area within reach as a polygon ({@code "kind": "reach"}, with the given
   * properties), or, when the ring encloses both poles (the area is then not a polygon of the plane
   * of longitude and latitude), the ring as a line; every farthest impact as a point ({@code
   * "kind": "impact"}, {@code launch_azimuth_deg}, {@code azimuth_deg}, {@code reach_km}); the
   * launch place ({@code "kind": "launch"}) and the cities ({@code "kind": "city"}, {@code
   * distance_km}, {@code reach_km}, {@code within}).
   *
   * @param properties what the reach feature carries (the missile, the inputs)
   */
  public static GeoJson geoJson(
      Reach.Ring ring, List<Reach.Target> targets, String siteName, Map<String, ?> properties) {
    GeoJson geoJson = GeoJson.collection();
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("kind", "reach");
    area.putAll(properties);
    double[] lat = ring.latitudesDeg();
    double[] lon = ring.longitudesDeg();
    if (enclosesBothPoles(ring)) {
      geoJson.line(closed(lat), closed(lon), area);
    } else {
      // Launch azimuths run clockwise seen from above; GeoJSON wants the area on the left.
      geoJson.polygon(reversed(lat), reversed(lon), area);
    }
    for (Reach.Direction d : ring.directions()) {
      Map<String, Object> impact = new LinkedHashMap<>();
      impact.put("kind", "impact");
      impact.put("launch_azimuth_deg", Math.toDegrees(d.launchAzimuthRad()));
      impact.put("azimuth_deg", Math.toDegrees(d.impactAzimuthRad()));
      impact.put("reach_km", d.reachM() / 1000);
      geoJson.point(d.impact().latitudeDeg(), d.impact().longitudeDeg(), impact);
    }
    geoJson.point(
        ring.site().latitudeDeg(),
        ring.site().longitudeDeg(),
        Map.of("kind", "launch", "name", siteName));
    for (Reach.Target t : targets) {
      Map<String, Object> city = new LinkedHashMap<>();
      city.put("kind", "city");
      city.put("name", t.name());
      city.put("distance_km", t.distanceM() / 1000);
      city.put("reach_km", t.reachM() / 1000);
      city.put("within", t.within());
      geoJson.point(t.place().latitudeDeg(), t.place().longitudeDeg(), city);
    }
    return geoJson;
  }

  /** Whether the reach toward both poles passes them. */
  static boolean enclosesBothPoles(Reach.Ring ring) {
    Geodetic north = Geodetic.ofDegrees(90, 0, 0);
    Geodetic south = Geodetic.ofDegrees(-90, 0, 0);
    return ring.reachTowardM(0) > Geodesy.inverse(ring.site(), north).distanceM()
        && ring.reachTowardM(Math.PI) > Geodesy.inverse(ring.site(), south).distanceM();
  }

  /**
   * A region that holds the ring (closed: its last point repeats its first), the circle, the launch
   * place and the other points, with a margin of a tenth of its size (at least 2°); all longitudes
   * when the ring winds round a pole, and then up to that pole. The ring runs clockwise seen from
   * above the launch place, so one that runs west round the Earth holds the north pole.
   */
  static Region regionAround(
      Geodetic site, double[] ringLat, double[] ringLon, double[][] circle, List<double[]> points) {
    double siteLon = site.longitudeDeg();
    double[] unwrapped = Longitudes.unwrap(ringLon);
    double winding = Math.rint((unwrapped[unwrapped.length - 1] - unwrapped[0]) / 360);
    double south = site.latitudeDeg();
    double north = south;
    double west = 0;
    double east = 0;
    List<double[]> all = new ArrayList<>(points);
    for (int i = 0; i < ringLat.length; i++) {
      all.add(new double[] {ringLat[i], ringLon[i]});
    }
    if (circle != null) {
      for (int i = 0; i < circle[0].length; i++) {
        all.add(new double[] {circle[0][i], circle[1][i]});
      }
    }
    for (double[] p : all) {
      south = Math.min(south, p[0]);
      north = Math.max(north, p[0]);
      double d = Longitudes.wrap(p[1] - siteLon);
      west = Math.min(west, d);
      east = Math.max(east, d);
    }
    if (winding < 0) {
      north = 90;
    } else if (winding > 0) {
      south = -90;
    }
    double latMargin = Math.max(2, 0.1 * (north - south));
    double lonMargin = Math.max(2, 0.1 * (east - west));
    south = Math.max(-90, south - latMargin);
    north = Math.min(90, north + latMargin);
    if (winding != 0 || east - west + 2 * lonMargin >= 360) {
      // Every longitude, centred on the launch place: the map's seam is its antimeridian.
      return new Region(
          south,
          Longitudes.wrap(siteLon - 180 + WHOLE_TURN_GAP_DEG),
          north,
          Longitudes.wrap(siteLon + 180));
    }
    return new Region(
        south,
        Longitudes.wrap(siteLon + west - lonMargin),
        north,
        Longitudes.wrap(siteLon + east + lonMargin));
  }

  /** The geodesic circle of a radius round a place, as {latitudes, longitudes} (deg), closed. */
  private static double[][] circle(Geodetic centre, double radiusM) {
    double[] lat = new double[CIRCLE_POINTS + 1];
    double[] lon = new double[CIRCLE_POINTS + 1];
    for (int i = 0; i <= CIRCLE_POINTS; i++) {
      Geodetic p = Geodesy.direct(centre, 2 * Math.PI * i / CIRCLE_POINTS, radiusM);
      lat[i] = p.latitudeDeg();
      lon[i] = p.longitudeDeg();
    }
    return new double[][] {lat, lon};
  }

  private static double[] closed(double[] values) {
    double[] closed = Arrays.copyOf(values, values.length + 1);
    closed[values.length] = values[0];
    return closed;
  }

  private static double[] reversed(double[] values) {
    double[] reversed = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      reversed[i] = values[values.length - 1 - i];
    }
    return reversed;
  }
}
