package shield.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in catalog: named places and missile classes, each with its source, looked up by id.
 *
 * <p>The built-in files are {@code /shield/catalog/places.yaml} and {@code
 * /shield/catalog/missiles.yaml} on the classpath; their schema is documented at the head of each
 * file.
 */
public final class Catalog {

  private static final String PLACES_RESOURCE = "/shield/catalog/places.yaml";
  private static final String MISSILES_RESOURCE = "/shield/catalog/missiles.yaml";

  private static Catalog builtIn;

  private final Map<String, Place> places;
  private final Map<String, MissileClass> missiles;

  Catalog(List<Place> places, List<MissileClass> missiles) {
    this.places = byId(places, Place::id);
    this.missiles = byId(missiles, MissileClass::id);
  }

  /**
   * Returns the catalog shipped with Shield, read on first use.
   *
   * @throws IllegalStateException if a catalog file is missing from the build or is invalid: an
   *     internal error, not the user's
   */
  public static synchronized Catalog builtIn() {
    if (builtIn == null) {
      try (InputStream p = resource(PLACES_RESOURCE);
          InputStream m = resource(MISSILES_RESOURCE)) {
        builtIn = load(p, m, PLACES_RESOURCE, MISSILES_RESOURCE);
      } catch (CatalogException e) {
        throw new IllegalStateException("the built-in catalog is invalid:\n" + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builtIn;
  }

  /**
   * Reads a catalog from two YAML files and checks every entry.
   *
   * @param places the places file (UTF-8); not closed
   * @param missiles the missiles file (UTF-8); not closed
   * @param placesName name of the places file, for messages
   * @param missilesName name of the missiles file, for messages
   * @return the catalog
   * @throws CatalogException naming the file, line and key of every mistake, one per line
   */
  public static Catalog load(
      InputStream places, InputStream missiles, String placesName, String missilesName) {
    return CatalogLoader.load(places, missiles, placesName, missilesName);
  }

  /**
   * Returns a place by id.
   *
   * @throws CatalogException if there is none, suggesting the nearest id
   */
  public Place place(String id) {
    Place p = places.get(id);
    if (p == null) {
      throw CatalogException.unknown("place", id, places.keySet());
    }
    return p;
  }

  /**
   * Returns a missile class by id.
   *
   * @throws CatalogException if there is none, suggesting the nearest id
   */
  public MissileClass missile(String id) {
    MissileClass m = missiles.get(id);
    if (m == null) {
      throw CatalogException.unknown("missile class", id, missiles.keySet());
    }
    return m;
  }

  /** All places, in file order. */
  public List<Place> places() {
    return List.copyOf(places.values());
  }

  /** All missile classes, in file order. */
  public List<MissileClass> missiles() {
    return List.copyOf(missiles.values());
  }

  private static InputStream resource(String name) {
    InputStream in = Catalog.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "the classpath resource " + name + " is missing from the build");
    }
    return in;
  }

  private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T e : entries) {
      out.put(id.apply(e), e);
    }
    return out;
  }
}
