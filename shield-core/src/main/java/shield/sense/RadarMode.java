package shield.sense;

/**
 * How a radar spends its energy on an object: spread over its search volume, or in a dwell aimed at
 * the object.
 */
public enum RadarMode {
  /** The search raster: the average power spread over the search solid angle in a frame time. */
  SEARCH,
  /** A track look: one dwell of the beam on the object. */
  TRACK
}
