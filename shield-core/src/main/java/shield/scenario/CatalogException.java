package shield.scenario;

import java.util.Collection;
import java.util.Locale;

/**
 * A user error in a catalog file, a catalog id or a place flag; its message names where the mistake
 * is and what would be valid, one line per mistake.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; the message is shown to the user as it is. */
  public CatalogException(String message) {
    super(message);
  }

  /**
   * The error for an id that the catalog does not hold, suggesting the closest known id when one is
   * close enough to be a typing slip.
   *
   * @param what what the id names, e.g. {@code place}
   * @param id the id given
   * @param known the ids the catalog holds, in catalog order
   * @return the error: {@code unknown place 'tabirz'; did you mean 'tabriz'? (known: …)}
   */
  static CatalogException unknown(String what, String id, Collection<String> known) {
    String suggestion = closest(id, known);
    return new CatalogException(
        "unknown "
            + what
            + " '"
            + id
            + "'"
            + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
            + " (known: "
            + String.join(", ", known)
            + ")");
  }

  /**
   * Returns the known id nearest to a given one, or null when none is within a slip: at most two
   * edits, and fewer edits than half the id's length.
   */
  private static String closest(String id, Collection<String> known) {
    String given = id.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = editDistance(given, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= 2 && 2 * bestDistance < given.length() ? best : null;
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
   * neighbours each count one, so {@code tabirz} is one edit from {@code tabriz}.
   */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
