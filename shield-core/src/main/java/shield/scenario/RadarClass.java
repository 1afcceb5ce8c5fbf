package shield.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import shield.sense.Face;
import shield.sense.RadarType;

/**
 * A catalog radar type: the parameters the sensing model uses, where they come from, and the
 * published detection range they are compared with.
 *
 * @param type the radar-equation and scheduler parameters
 * @param source the publications behind the numbers, saying which are notional
 * @param notional whether any of the numbers is notional rather than published
 * @param publishedDetectionRangeM detection range quoted in open sources (m); NaN if none is known
 * @param publishedNote how the published figure is quoted (ranges, caveats); may be empty
 * @param faceCount how many faces a site of this type usually has (≥ 1)
 */
public record RadarClass(
    RadarType type,
    String source,
    boolean notional,
    double publishedDetectionRangeM,
    String publishedNote,
    int faceCount) {

  public RadarClass {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedNote, "publishedNote");
    if (faceCount < 1) {
      throw new IllegalArgumentException("a radar needs at least one face, got " + faceCount);
    }
  }

  /** The catalog identifier, e.g. {@code an-tpy2-fbm}. */
  public String id() {
    return type.id();
  }

  /** The readable name of the type. */
  public String name() {
    return type.name();
  }

  /**
   * Returns the usual faces of a site of this type, side by side so that their sectors join: face i
   * looks at the first boresight plus i times the sector width 2·half-width (two 120° faces cover
   * 240°, four 90° faces all round).
   *
   * @param firstBoresightAzimuthRad azimuth of the first face's boresight (rad)
   * @return {@link #faceCount()} faces with the type's limits
   */
  public List<Face> faces(double firstBoresightAzimuthRad) {
    return faces(firstBoresightAzimuthRad, faceCount);
  }

  /**
   * Returns a number of faces of this type side by side, as {@link #faces(double)} does, for a site
   * with more or fewer faces than usual (Fylingdales has three UEWR faces, Thule two).
   *
   * @param firstBoresightAzimuthRad azimuth of the first face's boresight (rad)
   * @param count how many faces (≥ 1)
   * @return the faces with the type's limits
   */
  public List<Face> faces(double firstBoresightAzimuthRad, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a radar needs at least one face, got " + count);
    }
    List<Face> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double azimuth = firstBoresightAzimuthRad + i * 2 * type.faceHalfWidthRad();
      out.add(
          new Face(
              azimuth - 2 * Math.PI * Math.floor(azimuth / (2 * Math.PI)),
              type.faceHalfWidthRad(),
              type.minElevationRad(),
              type.maxElevationRad()));
    }
    return out;
  }
}
