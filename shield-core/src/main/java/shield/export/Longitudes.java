package shield.export;

import java.util.Arrays;

/**
 * Longitude arithmetic shared by the map and GeoJSON writers: wrapping into [−180, 180) and
 * unwrapping a path so that each step goes the short way round, which lets a path that crosses the
 * antimeridian, or winds round a pole, be drawn and cut as one continuous curve.
 */
final class Longitudes {

  private Longitudes() {}

  /** A longitude wrapped into [−180, 180) (deg). */
  static double wrap(double longitudeDeg) {
    return longitudeDeg - 360.0 * Math.floor((longitudeDeg + 180.0) / 360.0);
  }

  /**
   * The longitudes of a path made continuous: the first wrapped into [−180, 180), each next one the
   * previous plus the short-way step to it (deg). A path that winds once round a pole ends 360°
   * from where a closed ring would start.
   */
  static double[] unwrap(double[] longitudesDeg) {
    double[] unwrapped = new double[longitudesDeg.length];
    for (int i = 0; i < longitudesDeg.length; i++) {
      unwrapped[i] =
          i == 0
              ? wrap(longitudesDeg[0])
              : unwrapped[i - 1] + wrap(longitudesDeg[i] - longitudesDeg[i - 1]);
    }
    return unwrapped;
  }

  /**
   * A closed ring made continuous in longitude, as {latitudes, unwrapped longitudes} without the
   * repeated first vertex. A ring that winds round a pole is closed through a pole, so that it
   * bounds a region of the plane of longitude and latitude: the pole on its left (the north pole
   * for a ring that runs east), or, for rings whose direction means nothing, the pole of the
   * hemisphere the ring lies in on average.
   *
   * @param poleOnLeft whether the ring's direction chooses the pole
   */
  static double[][] ring(double[] latitudesDeg, double[] longitudesDeg, boolean poleOnLeft) {
    int n = latitudesDeg.length;
    if (n > 1
        && latitudesDeg[0] == latitudesDeg[n - 1]
        && wrap(longitudesDeg[0] - longitudesDeg[n - 1]) == 0.0) {
      n--;
    }
    double[] lat = Arrays.copyOf(latitudesDeg, n);
    double[] lon = unwrap(Arrays.copyOf(longitudesDeg, n));
    double end = lon[n - 1] + wrap(lon[0] - lon[n - 1]);
    double winding = Math.rint((end - lon[0]) / 360.0);
    if (winding == 0.0) {
      return new double[][] {lat, lon};
    }
    double pole = (poleOnLeft ? winding : Arrays.stream(lat).sum()) > 0 ? 90.0 : -90.0;
    double[] closedLat = Arrays.copyOf(lat, n + 3);
    double[] closedLon = Arrays.copyOf(lon, n + 3);
    closedLat[n] = lat[0];
    closedLon[n] = end;
    closedLat[n + 1] = pole;
    closedLon[n + 1] = end;
    closedLat[n + 2] = pole;
    closedLon[n + 2] = lon[0];
    return new double[][] {closedLat, closedLon};
  }
}
