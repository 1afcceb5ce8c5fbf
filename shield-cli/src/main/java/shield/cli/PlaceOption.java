package shield.cli;

import shield.scenario.Catalog;
import shield.scenario.CatalogException;
import shield.scenario.Place;
import shield.scenario.Places;

/** Reads a place flag, {@code PLACE|LAT,LON[,ALT_M]}, against the built-in catalog. */
final class PlaceOption {

  private PlaceOption() {}

  /**
   * Reads a place given with a flag.
   *
   * @param text a catalog id or {@code LAT,LON[,ALT_M]} in degrees and metres
   * @param flag the flag, e.g. {@code --from}, named in the message of a mistake
   * @return the place
   * @throws UserInputException naming the flag and the valid forms
   */
  static Place parse(String text, String flag) {
    try {
      return Places.parse(text, flag, Catalog.builtIn());
    } catch (CatalogException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
