package shield.analysis;

import java.util.ArrayList;
import java.util.List;
import shield.earth.Geodetic;

/**
 * A latitude–longitude box on the WGS84 ellipsoid and the grid of cell centres over it, the aim
 * points of the grid analyses (footprint, warning).
 *
 * <p>A box may cross the antimeridian: then {@code eastDeg < westDeg} and the box runs east from
 * {@code westDeg} through 180°.
 *
 * @param southDeg southern edge, geodetic latitude (deg), in [−90, 90)
 * @param westDeg western edge, longitude (deg), in [−180, 180]
 * @param northDeg northern edge, geodetic latitude (deg), in (southDeg, 90]
 * @param eastDeg eastern edge, longitude (deg), in [−180, 180], not equal to westDeg
 */
public record Region(double southDeg, double westDeg, double northDeg, double eastDeg) {

  /** Europe from the Atlantic coast to the Urals, the default region of the European analyses. */
  public static final Region EUROPE = new Region(34.0, -11.0, 72.0, 45.0);

  /** Checks the edges. */
  public Region {
    if (!(southDeg >= -90.0 && southDeg < northDeg && northDeg <= 90.0)) {
      throw new IllegalArgumentException(
          "the south edge must lie below the north edge, within ±90°: "
              + southDeg
              + ", "
              + northDeg);
    }
    if (!(westDeg >= -180.0 && westDeg <= 180.0 && eastDeg >= -180.0 && eastDeg <= 180.0)
        || westDeg == eastDeg) {
      throw new IllegalArgumentException(
          "the west and east edges must be distinct longitudes within ±180°: "
              + westDeg
              + ", "
              + eastDeg);
    }
  }

  /**
   * The box spanned by two corners given in any order, {@code LAT1,LON1,LAT2,LON2} as users write
   * it; the box takes the shorter way round in longitude.
   */
  public static Region ofCorners(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
    double west = Math.min(lon1Deg, lon2Deg);
    double east = Math.max(lon1Deg, lon2Deg);
    if (east - west > 180.0) {
      double swap = west;
      west = east;
      east = swap;
    }
    return new Region(Math.min(lat1Deg, lat2Deg), west, Math.max(lat1Deg, lat2Deg), east);
  }

  /** The width of the box in longitude (deg), in (0, 360). */
  public double widthDeg() {
    double width = eastDeg - westDeg;
    return width > 0.0 ? width : width + 360.0;
  }

  /** The height of the box in latitude (deg). */
  public double heightDeg() {
    return northDeg - southDeg;
  }

  /** Whether a point lies in the box (edges included). */
  public boolean contains(double latitudeDeg, double longitudeDeg) {
    if (latitudeDeg < southDeg || latitudeDeg > northDeg) {
      return false;
    }
    double east = longitudeDeg - westDeg;
    east = east - 360.0 * Math.floor(east / 360.0);
    return east <= widthDeg();
  }

  /**
   * The grid of cells of a given step: rows from south to north, columns from west to east, each
   * cell a step square whose centre is an aim point. The last row and column may overhang the box
   * by less than a step, so that the whole box is covered.
   *
   * @param stepDeg the cell size in latitude and longitude (deg), positive
   * @return the grid
   */
  public Grid grid(double stepDeg) {
    if (!(stepDeg > 0.0) || stepDeg > Math.min(heightDeg(), widthDeg())) {
      throw new IllegalArgumentException(
          "the grid step must be positive and no larger than the region: " + stepDeg);
    }
    int rows = (int) Math.ceil(heightDeg() / stepDeg - 1e-9);
    int columns = (int) Math.ceil(widthDeg() / stepDeg - 1e-9);
    return new Grid(this, stepDeg, rows, columns);
  }

  /**
   * A regular grid of cells over a region.
   *
   * @param region the region
   * @param stepDeg the cell size in latitude and longitude (deg)
   * @param rows the number of rows, south to north
   * @param columns the number of columns, west to east
   */
  public record Grid(Region region, double stepDeg, int rows, int columns) {

    /** Mean radius of the sphere of equal area to the WGS84 ellipsoid (authalic), 6,371,007.2 m. */
    private static final double AUTHALIC_RADIUS_M = 6_371_007.2;

    /** The number of cells. */
    public int size() {
      return rows * columns;
    }

    /** The cell index of a row and column, {@code row * columns + column}. */
    public int index(int row, int column) {
      return row * columns + column;
    }

    /** The latitude of the centre of a row's cells (deg). */
    public double latitudeDeg(int row) {
      return region.southDeg() + (row + 0.5) * stepDeg;
    }

    /** The longitude of the centre of a column's cells (deg), wrapped into [−180, 180). */
    public double longitudeDeg(int column) {
      double lon = region.westDeg() + (column + 0.5) * stepDeg;
      return lon - 360.0 * Math.floor((lon + 180.0) / 360.0);
    }

    /** The centre of a cell on the ellipsoid surface. */
    public Geodetic centre(int index) {
      return Geodetic.ofDegrees(latitudeDeg(index / columns), longitudeDeg(index % columns), 0.0);
    }

    /** Every cell centre, in index order. */
    public List<Geodetic> centres() {
      List<Geodetic> centres = new ArrayList<>(size());
      for (int i = 0; i < size(); i++) {
        centres.add(centre(i));
      }
      return centres;
    }

    /**
     * The area of a row's cells (m²), on the sphere of the ellipsoid's area: R² Δλ (sin φ₂ − sin
     * φ₁), with the edges clamped to the poles. Treating geodetic latitude as spherical errs by
     * under 0.7% for any cell (the ellipsoid's flattening).
     */
    public double cellAreaM2(int row) {
      double south = Math.toRadians(Math.max(-90.0, region.southDeg() + row * stepDeg));
      double north = Math.toRadians(Math.min(90.0, region.southDeg() + (row + 1) * stepDeg));
      return AUTHALIC_RADIUS_M
          * AUTHALIC_RADIUS_M
          * Math.toRadians(stepDeg)
          * (Math.sin(north) - Math.sin(south));
    }
  }
}
