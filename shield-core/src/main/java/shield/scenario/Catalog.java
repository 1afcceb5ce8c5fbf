package shield.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in catalog: named places, missile classes, radar types, early-warning satellite classes
 * and interceptor types, each with its source, looked up by id.
 *
 * <p>The built-in files are {@code places.yaml}, {@code missiles.yaml}, {@code radars.yaml}, {@code
 * satellites.yaml} and {@code interceptors.yaml} in {@code /shield/catalog/} on the classpath;
 * their schema is documented at the head of each file.
 */
public final class Catalog {

  private static final String PLACES_RESOURCE = "/shield/catalog/places.yaml";
  private static final String MISSILES_RESOURCE = "/shield/catalog/missiles.yaml";
  private static final String RADARS_RESOURCE = "/shield/catalog/radars.yaml";
  private static final String SATELLITES_RESOURCE = "/shield/catalog/satellites.yaml";
  private static final String INTERCEPTORS_RESOURCE = "/shield/catalog/interceptors.yaml";

  private static Catalog builtIn;

  private final Map<String, Place> places;
  private final Map<String, MissileClass> missiles;
  private final Map<String, RadarClass> radars;
  private final Map<String, SatelliteClass> satellites;
  private final Map<String, InterceptorClass> interceptors;

  Catalog(
      List<Place> places,
      List<MissileClass> missiles,
      List<RadarClass> radars,
      List<SatelliteClass> satellites,
      List<InterceptorClass> interceptors) {
    this.places = byId(places, Place::id);
    this.missiles = byId(missiles, MissileClass::id);
    this.radars = byId(radars, RadarClass::id);
    this.satellites = byId(satellites, SatelliteClass::id);
    this.interceptors = byId(interceptors, InterceptorClass::id);
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
          InputStream m = resource(MISSILES_RESOURCE);
          InputStream r = resource(RADARS_RESOURCE);
          InputStream s = resource(SATELLITES_RESOURCE);
          InputStream i = resource(INTERCEPTORS_RESOURCE)) {
        builtIn =
            load(p, m, r, PLACES_RESOURCE, MISSILES_RESOURCE, RADARS_RESOURCE)
                .withSatellites(s, SATELLITES_RESOURCE)
                .withInterceptors(i, INTERCEPTORS_RESOURCE);
      } catch (CatalogException e) {
        throw new IllegalStateException("the built-in catalog is invalid:\n" + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builtIn;
  }

  /**
   * Reads a catalog without radar types from two YAML files and checks every entry.
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
   * Returns this catalog with the satellite classes of a YAML file in place of its own.
   *
   * @param satellites the satellites file (UTF-8); not closed
   * @param satellitesName name of the file, for messages
   * @return a catalog with the same places, missiles, radar and interceptor types and these
   *     satellite classes
   * @throws CatalogException naming the file, line and key of every mistake, one per line
   */
  public Catalog withSatellites(InputStream satellites, String satellitesName) {
    return new Catalog(
        places(),
        missiles(),
        radars(),
        CatalogLoader.satellites(satellites, satellitesName),
        interceptors());
  }

  /**
   * Returns this catalog with the interceptor types of a YAML file in place of its own.
   *
   * @param interceptors the interceptors file (UTF-8); not closed
   * @param interceptorsName name of the file, for messages
   * @return a catalog with the same places, missiles, radar types and satellite classes and these
   *     interceptor types
   * @throws CatalogException naming the file, line and key of every mistake, one per line
   */
  public Catalog withInterceptors(InputStream interceptors, String interceptorsName) {
    return new Catalog(
        places(),
        missiles(),
        radars(),
        satellites(),
        CatalogLoader.interceptors(interceptors, interceptorsName));
  }

  /**
   * Returns an interceptor type by id.
   *
   * @throws CatalogException if there is none, suggesting the nearest id
   */
  public InterceptorClass interceptor(String id) {
    InterceptorClass i = interceptors.get(id);
    if (i == null) {
      throw CatalogException.unknown("interceptor type", id, interceptors.keySet());
    }
    return i;
  }

  /** All interceptor types, in file order. */
  public List<InterceptorClass> interceptors() {
    return List.copyOf(interceptors.values());
  }

  /**
   * Reads a catalog from three YAML files and checks every entry.
   *
   * @param places the places file (UTF-8); not closed
   * @param missiles the missiles file (UTF-8); not closed
   * @param radars the radar types file (UTF-8); not closed
   * @param placesName name of the places file, for messages
   * @param missilesName name of the missiles file, for messages
   * @param radarsName name of the radar types file, for messages
   * @return the catalog
   * @throws CatalogException naming the file, line and key of every mistake, one per line
   */
  public static Catalog load(
      InputStream places,
      InputStream missiles,
      InputStream radars,
      String placesName,
      String missilesName,
      String radarsName) {
    return CatalogLoader.load(places, missiles, radars, placesName, missilesName, radarsName);
  }

  /**
   * Returns a radar type by id.
   *
   * @throws CatalogException if there is none, suggesting the nearest id
   */
  public RadarClass radar(String id) {
    RadarClass r = radars.get(id);
    if (r == null) {
      throw CatalogException.unknown("radar type", id, radars.keySet());
    }
    return r;
  }

  /** All radar types, in file order. */
  public List<RadarClass> radars() {
    return List.copyOf(radars.values());
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

  /**
   * Returns an early-warning satellite class by id.
   *
   * @throws CatalogException if there is none, suggesting the nearest id
   */
  public SatelliteClass satellite(String id) {
    SatelliteClass s = satellites.get(id);
    if (s == null) {
      throw CatalogException.unknown("satellite class", id, satellites.keySet());
    }
    return s;
  }

  /** All places, in file order. */
  public List<Place> places() {
    return List.copyOf(places.values());
  }

  /** All missile classes, in file order. */
  public List<MissileClass> missiles() {
    return List.copyOf(missiles.values());
  }

  /** All early-warning satellite classes, in file order. */
  public List<SatelliteClass> satellites() {
    return List.copyOf(satellites.values());
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
