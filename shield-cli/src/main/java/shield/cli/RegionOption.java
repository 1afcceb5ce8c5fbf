package shield.cli;

import shield.analysis.Region;

/** Reads the {@code --region} flag of the grid analyses (footprint, warning). */
final class RegionOption {

  private RegionOption() {}

  /**
   * Reads {@code --region LAT1,LON1,LAT2,LON2}: two opposite corners in degrees, in any order.
   *
   * @throws UserInputException naming the flag and the valid form
   */
  static Region parse(String text) {
    String[] parts = text.split(",", -1);
    String valid = "give LAT1,LON1,LAT2,LON2 in degrees, two opposite corners, e.g. 50,15,60,40";
    if (parts.length != 4) {
      throw new UserInputException("--region: '" + text + "' is not four numbers; " + valid);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      if (!PlaceListOption.DECIMAL.matcher(parts[i]).matches()) {
        throw new UserInputException("--region: '" + parts[i] + "' is not a number; " + valid);
      }
      v[i] = Double.parseDouble(parts[i].strip());
    }
    if (Math.abs(v[0]) > 90
        || Math.abs(v[2]) > 90
        || Math.abs(v[1]) > 180
        || Math.abs(v[3]) > 180) {
      throw new UserInputException(
          "--region: latitudes must be in [-90, 90] and longitudes in [-180, 180]; " + valid);
    }
    if (v[0] == v[2] || v[1] == v[3]) {
      throw new UserInputException(
          "--region: the corners must differ in latitude and in longitude; " + valid);
    }
    return Region.ofCorners(v[0], v[1], v[2], v[3]);
  }
}
