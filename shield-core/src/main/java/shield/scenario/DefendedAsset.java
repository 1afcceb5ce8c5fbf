package shield.scenario;

import java.util.Objects;

/**
 * Something the defence protects, with the value the battle manager gives it.
 *
 * @param id the asset's id, e.g. {@code bucharest}
 * @param place where it is
 * @param value its relative worth (positive; only ratios matter)
 */
public record DefendedAsset(String id, Place place, double value) {

  public DefendedAsset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(place, "place");
    if (!(value > 0)) {
      throw new IllegalArgumentException("an asset's value must be positive, got " + value);
    }
  }
}
