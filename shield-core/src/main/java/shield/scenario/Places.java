package shield.scenario;

import java.util.Locale;
import java.util.regex.Pattern;
import shield.earth.Geodetic;

/**
 * The place syntax that every command shares: {@code PLACE|LAT,LON[,ALT_M]}, a catalog id or
 * decimal degrees with an optional height above the ellipsoid in metres.
 */
public final class Places {

  /** The valid forms, for messages. */
  /** Lowest height of a place (m): below the Dead Sea shore (−430 m), with room for the geoid. */
  public static final double MIN_HEIGHT_M = -1_000;

  /** Highest height of a place (m): above any mountain and any aircraft's ceiling. */
  public static final double MAX_HEIGHT_M = 20_000;

  public static final String SYNTAX =
      "a catalog place id or LAT,LON[,ALT_M] in decimal degrees and metres, e.g. 44.07,24.41";

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Places() {}

  /**
   * Reads a place given on a command line or in a file.
   *
   * @param text a catalog id ({@code tabriz}) or {@code LAT,LON[,ALT_M]} ({@code 38.08,46.29} or
   *     {@code 38.08,46.29,1350}); a coordinate becomes a place of kind {@code point} whose id is
   *     the text
   * @param flagName the flag or key that gave it, e.g. {@code --from}, named in messages
   * @param catalog where ids are looked up
   * @return the place
   * @throws CatalogException naming the flag and the valid forms
   */
  public static Place parse(String text, String flagName, Catalog catalog) {
    try {
      return parse(text, catalog, "given with " + flagName);
    } catch (CatalogException e) {
      throw new CatalogException(flagName + ": " + e.getMessage());
    }
  }

  /**
   * Parses a place as {@link #parse(String, String, Catalog)} does, with messages that do not name
   * where the text came from (the caller adds that).
   *
   * @param source what the place's {@code source} says for a coordinate, e.g. {@code given in
   *     scenario.yaml}
   */
  static Place parse(String text, Catalog catalog, String source) {
    String t = text.strip();
    if (!t.contains(",")) {
      try {
        return catalog.place(t);
      } catch (CatalogException e) {
        throw new CatalogException(e.getMessage() + "; or give LAT,LON[,ALT_M]");
      }
    }
    String[] parts = t.split(",", -1);
    if (parts.length > 3) {
      throw malformed(text);
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (!DECIMAL.matcher(p).matches()) {
        throw malformed(text);
      }
      v[i] = Double.parseDouble(p);
    }
    if (!(Math.abs(v[0]) <= 90)) {
      throw new CatalogException(
          "latitude " + parts[0].strip() + " in '" + text + "' must be in [-90, 90] degrees");
    }
    if (!(Math.abs(v[1]) <= 180)) {
      throw new CatalogException(
          "longitude " + parts[1].strip() + " in '" + text + "' must be in [-180, 180] degrees");
    }
    double heightM = v.length == 3 ? v[2] : 0;
    if (!Double.isFinite(heightM)) {
      throw malformed(text);
    }
    if (!(heightM >= MIN_HEIGHT_M && heightM <= MAX_HEIGHT_M)) {
      throw new CatalogException(
          String.format(
              Locale.ROOT,
              "height %s m in '%s' must be in [%.0f, %.0f] m above the ellipsoid",
              parts[2].strip(),
              text,
              MIN_HEIGHT_M,
              MAX_HEIGHT_M));
    }
    return new Place(
        t, t, Geodetic.ofDegrees(v[0], v[1], heightM), "point", source, false, "as given");
  }

  private static CatalogException malformed(String text) {
    return new CatalogException("'" + text + "' is not " + SYNTAX);
  }
}
