package shield.sense;

import java.util.List;
import java.util.Objects;
import shield.earth.Geodetic;

/**
 * A radar at its site: its type, where its antenna stands and which way its faces look.
 *
 * @param id the sensor's id in the scenario, e.g. {@code kurecik-tpy2}
 * @param type the kind of radar
 * @param position the antenna's place (height above the ellipsoid included)
 * @param faces the faces, each with its boresight; at least one
 */
public record Radar(String id, RadarType type, Geodetic position, List<Face> faces) {

  public Radar {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(position, "position");
    faces = List.copyOf(faces);
    if (faces.isEmpty()) {
      throw new IllegalArgumentException("a radar needs at least one face");
    }
  }
}
