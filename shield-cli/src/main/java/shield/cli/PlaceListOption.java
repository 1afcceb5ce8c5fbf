package shield.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a flag's list of places, {@code PLACE|LAT,LON[,…]}, keeping coordinate pairs together. */
final class PlaceListOption {

  /** A decimal number with optional sign and surrounding blanks, as the lists and boxes take. */
  static final Pattern DECIMAL = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*");

  private PlaceListOption() {}

  /**
   * Splits a list of places at its commas, keeping {@code LAT,LON} pairs together: a number is a
   * latitude and the number after it its longitude.
   *
   * @param list the flag's value, e.g. {@code tabriz,35.5,51.4,semnan}
   * @param flag the flag, named in the message of a mistake
   * @return each place's text, stripped
   * @throws UserInputException for a latitude without a longitude or an empty place
   */
  static List<String> split(String list, String flag) {
    String[] parts = list.split(",", -1);
    List<String> places = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (DECIMAL.matcher(parts[i]).matches()) {
        if (i + 1 >= parts.length || !DECIMAL.matcher(parts[i + 1]).matches()) {
          throw new UserInputException(
              flag
                  + ": '"
                  + list
                  + "' has a latitude without a longitude; give PLACE or LAT,LON, separated "
                  + "by commas");
        }
        places.add(parts[i].strip() + "," + parts[i + 1].strip());
        i++;
      } else if (parts[i].isBlank()) {
        throw new UserInputException(
            flag
                + ": '"
                + list
                + "' has an empty place; give PLACE or LAT,LON, separated by commas");
      } else {
        places.add(parts[i].strip());
      }
    }
    return places;
  }
}
