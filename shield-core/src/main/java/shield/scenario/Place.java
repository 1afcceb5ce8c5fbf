package shield.scenario;

import java.util.Objects;
import shield.earth.Geodetic;

/**
 * A named place on the Earth: a catalog site, radar, launch area or city, or a point a user gave by
 * its coordinates.
 *
 * @param id catalog identifier (lowercase words joined by hyphens, e.g. {@code los-angeles}), or
 *     the text of a coordinate as the user wrote it
 * @param name a readable name, e.g. {@code Kürecik, Turkey}
 * @param position where it is; the height is above the WGS84 ellipsoid (m)
 * @param kind {@code site}, {@code radar}, {@code launch-area} or {@code city} for catalog places,
 *     {@code point} for coordinates
 * @param source where the coordinates come from
 * @param notional whether the place stands for an area rather than a surveyed spot
 * @param accuracy how far the coordinates may be from the real place, in words
 */
public record Place(
    String id,
    String name,
    Geodetic position,
    String kind,
    String source,
    boolean notional,
    String accuracy) {

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(accuracy, "accuracy");
  }
}
