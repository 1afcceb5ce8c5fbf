package shield.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shield.engage.InterceptorType;
import shield.flight.TargetingException;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;
import shield.scenario.Place;
import shield.scenario.Threat;
import shield.sim.NetworkWarning;

/**
 * The built-in table that answers the question of Wilkening (2012): could the interceptors of the
 * European Phased Adaptive Approach at Deveselu or Redzikowo catch an ICBM flying from a Russian
 * ICBM field to a US city? One row per field, city, site and SM-3 type, with its feasibility at the
 * type's catalog speed and its threshold speed; and the 2007 Poland dispute: a GBI at Redzikowo
 * against the same flights, at MDA's 5.4 and 6.3 km/s and Postol's 7.7 and 8.3 km/s.
 *
 * <p>Sensors: the question is whether the interceptors could reach, so the table gives the defence
 * a generous picture: every row launches on the first firm track of one network fed by the SPY-1
 * radars of both Aegis Ashore sites, the AN/TPY-2 at Kürecik and the early-warning radar at
 * Fylingdales, each with faces all round and cued by early-warning satellites ({@link
 * TrackSource#radars}); "engage on remote" as EPAA phase 3 planned. The 2007 plan paired the Polish
 * GBI site with an X-band radar in the Czech Republic that Shield's catalog does not hold; the
 * dispute rows use the same network.
 */
public final class DeterrenceTable {

  /** The Russian ICBM fields (catalog launch areas). */
  public static final List<String> FIELDS =
      List.of("kozelsk", "tatishchevo", "teykovo", "yoshkar-ola");

  /** The US cities (catalog). */
  public static final List<String> CITIES =
      List.of("washington", "new-york", "boston", "chicago", "denver", "los-angeles");

  /** The EPAA Aegis Ashore sites (catalog). */
  public static final List<String> SITES = List.of("deveselu", "redzikowo");

  /** The SM-3 types of EPAA phases 2 to 4 (catalog). */
  public static final List<String> INTERCEPTORS = List.of("sm3-ib", "sm3-iia", "sm3-iib");

  /** The radar type at each site: Aegis Ashore's SPY-1. */
  public static final String SITE_RADAR = "spy1";

  /** Where the 2007 plan put the GBIs: near Redzikowo (Słupsk), Poland. */
  public static final String DISPUTE_SITE = "redzikowo";

  /** The interceptor of the 2007 dispute (catalog). */
  public static final String DISPUTE_INTERCEPTOR = "gbi";

  /**
   * The speeds of the 2007 dispute (m/s): MDA's 5.4 and 6.3 km/s, Postol's 7.7 and 8.3 km/s
   * (SpaceNews, August 2007; AFP, 2007).
   */
  public static final List<Double> DISPUTE_SPEEDS_MPS = List.of(5400.0, 6300.0, 7700.0, 8300.0);

  /**
   * Width to which the table bisects each threshold (m/s): one step below the grid's 0.5 km/s, so
   * that all rows share a few flyout tables; the single sweep bisects to {@link
   * Deterrence#THRESHOLD_RESOLUTION_MPS}.
   */
  public static final double RESOLUTION_MPS = 250;

  private DeterrenceTable() {}

  /**
   * One row: an interceptor type at a site against one ICBM flight.
   *
   * @param fieldId the ICBM field
   * @param cityId the city aimed at
   * @param siteId the interceptor site
   * @param interceptorId the interceptor type
   * @param reachable whether the missile reaches the city at all; if not, the rest is empty
   * @param flightTimeS the missile's flight from launch to impact (s); NaN if unreachable
   * @param cueS the launch cue at the node, first firm track or first detection (s after launch);
   *     NaN if it never came or the city is out of reach
   * @param launchNotBeforeS earliest interceptor launch (s after launch); +∞ if the cue never came,
   *     NaN if out of reach
   * @param checks the outcomes at the type's catalog speed, or at the dispute's speeds
   * @param threshold the threshold speed over {@link Deterrence#DEFAULT_SPEEDS_MPS}, bisected to
   *     {@link #RESOLUTION_MPS} and narrowed by the checked speeds; null if unreachable
   */
  public record Row(
      String fieldId,
      String cityId,
      String siteId,
      String interceptorId,
      boolean reachable,
      double flightTimeS,
      double cueS,
      double launchNotBeforeS,
      List<Deterrence.SpeedOutcome> checks,
      Deterrence.Threshold threshold) {

    public Row {
      Objects.requireNonNull(fieldId, "fieldId");
      Objects.requireNonNull(cityId, "cityId");
      Objects.requireNonNull(siteId, "siteId");
      Objects.requireNonNull(interceptorId, "interceptorId");
      checks = List.copyOf(checks);
    }
  }

  /**
   * The whole table.
   *
   * @param missileId the ICBM class flown
   * @param sensors the sensors, in words
   * @param launchOn what lets the interceptors launch
   * @param rows the SM-3 rows: field × city × site × type, in that nesting order
   * @param dispute the GBI rows: field × city at {@link #DISPUTE_SITE}
   */
  public record Result(
      String missileId,
      String sensors,
      Deterrence.LaunchOn launchOn,
      List<Row> rows,
      List<Row> dispute) {
    public Result {
      Objects.requireNonNull(missileId, "missileId");
      Objects.requireNonNull(sensors, "sensors");
      Objects.requireNonNull(launchOn, "launchOn");
      rows = List.copyOf(rows);
      dispute = List.copyOf(dispute);
    }
  }

  /** One ICBM flight, or none if out of reach. */
  private record Flight(String fieldId, String cityId, Optional<Threat> threat) {}

  /**
   * Builds the table: flights, sensing and rows each in parallel, flyout tables shared.
   *
   * @param catalog where the places and types are found
   * @param missile the ICBM class
   * @param deterrence the analysis, whose flyout tables are reused
   * @param launchOn what lets the interceptors launch
   * @param seed the seed of the sensing
   */
  public static Result build(
      Catalog catalog,
      MissileClass missile,
      Deterrence deterrence,
      Deterrence.LaunchOn launchOn,
      long seed) {
    List<String[]> pairs = new ArrayList<>();
    for (String f : FIELDS) {
      for (String c : CITIES) {
        pairs.add(new String[] {f, c});
      }
    }
    List<Flight> flights =
        pairs.parallelStream().map(p -> fly(catalog, missile, p[0], p[1])).toList();
    TrackSource sensors = sensors(catalog);
    record Sensed(Flight flight, NetworkWarning warning) {}
    List<Sensed> sensed =
        flights.parallelStream()
            .map(f -> new Sensed(f, f.threat().map(t -> sensors.warning(t, seed)).orElse(null)))
            .toList();
    record Job(Sensed sensed, String siteId, String interceptorId, List<Double> checks) {}
    List<Job> jobs = new ArrayList<>();
    List<Job> disputeJobs = new ArrayList<>();
    for (Sensed s : sensed) {
      for (String site : SITES) {
        for (String i : INTERCEPTORS) {
          jobs.add(new Job(s, site, i, List.of(catalog.interceptor(i).type().burnoutSpeedMps())));
        }
      }
      disputeJobs.add(new Job(s, DISPUTE_SITE, DISPUTE_INTERCEPTOR, DISPUTE_SPEEDS_MPS));
    }
    List<Job> all = new ArrayList<>(jobs);
    all.addAll(disputeJobs);
    List<Row> rows =
        all.parallelStream()
            .map(
                j ->
                    row(
                        catalog,
                        deterrence,
                        j.sensed().flight(),
                        j.siteId(),
                        j.sensed().warning(),
                        launchOn,
                        j.interceptorId(),
                        j.checks()))
            .toList();
    return new Result(
        missile.id(),
        sensors.description(),
        launchOn,
        rows.subList(0, jobs.size()),
        rows.subList(jobs.size(), rows.size()));
  }

  /**
   * The sensors of the table: the SPY-1 radars of both Aegis Ashore sites, the AN/TPY-2 at Kürecik
   * and the early-warning radar at Fylingdales, all round, cued by early-warning satellites, on one
   * network.
   */
  public static TrackSource sensors(Catalog catalog) {
    List<TrackSource.RadarAt> radars = new ArrayList<>();
    for (String site : SITES) {
      radars.add(new TrackSource.RadarAt(catalog.radar(SITE_RADAR), catalog.place(site)));
    }
    radars.add(new TrackSource.RadarAt(catalog.radar("an-tpy2-fbm"), catalog.place("kurecik")));
    radars.add(new TrackSource.RadarAt(catalog.radar("uewr"), catalog.place("fylingdales")));
    return TrackSource.radars(radars, catalog);
  }

  private static Flight fly(Catalog catalog, MissileClass missile, String fieldId, String cityId) {
    try {
      return new Flight(
          fieldId,
          cityId,
          Optional.of(Deterrence.missile(missile, catalog.place(fieldId), catalog.place(cityId))));
    } catch (TargetingException e) {
      return new Flight(fieldId, cityId, Optional.empty());
    }
  }

  private static Row row(
      Catalog catalog,
      Deterrence deterrence,
      Flight flight,
      String siteId,
      NetworkWarning warning,
      Deterrence.LaunchOn launchOn,
      String interceptorId,
      List<Double> checkSpeedsMps) {
    if (flight.threat().isEmpty()) {
      return new Row(
          flight.fieldId(),
          flight.cityId(),
          siteId,
          interceptorId,
          false,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          List.of(),
          null);
    }
    Threat threat = flight.threat().get();
    InterceptorType type = catalog.interceptor(interceptorId).type();
    Place site = catalog.place(siteId);
    double cueS = launchOn.timeS(warning);
    double notBeforeS = Deterrence.launchNotBeforeS(type, cueS);
    List<Deterrence.SpeedOutcome> checks =
        checkSpeedsMps.stream()
            .map(v -> deterrence.outcome(site.position(), type, threat.trajectory(), notBeforeS, v))
            .toList();
    return new Row(
        flight.fieldId(),
        flight.cityId(),
        siteId,
        interceptorId,
        true,
        threat.impactTimeS() - threat.launchTimeS(),
        cueS,
        notBeforeS,
        checks,
        sharpened(
            deterrence.searchThreshold(
                site.position(),
                type,
                threat.trajectory(),
                notBeforeS,
                Deterrence.DEFAULT_SPEEDS_MPS,
                RESOLUTION_MPS),
            checks));
  }

  /**
   * The threshold narrowed by the row's checked speeds that fall inside its bracket, so that a row
   * never shows a check (the dispute's 5.4 km/s, say) feasible below its own threshold.
   */
  static Deterrence.Threshold sharpened(
      Deterrence.Threshold t, List<Deterrence.SpeedOutcome> checks) {
    if (t.status() != Deterrence.Threshold.Status.FOUND) {
      return t;
    }
    double speed = t.speedMps();
    double below = t.belowMps();
    for (Deterrence.SpeedOutcome o : checks) {
      if (o.speedMps() > below && o.speedMps() < speed) {
        if (o.feasible()) {
          speed = o.speedMps();
        } else {
          below = o.speedMps();
        }
      }
    }
    return new Deterrence.Threshold(t.status(), speed, below);
  }
}
