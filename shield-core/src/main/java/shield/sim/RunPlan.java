package shield.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import shield.command.EngagementOptions;
import shield.earth.Geodesy;
import shield.engage.EngagementPlanner;
import shield.engage.Flyout;
import shield.engage.KillProbability;
import shield.engage.Opportunities;
import shield.engage.Opportunity;
import shield.scenario.Battery;
import shield.scenario.DefendedAsset;
import shield.scenario.FireControl;
import shield.scenario.Network;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Radar;

/**
 * The work a Monte Carlo run does once and every trial shares: the sensing draws, the flyout
 * tables, every battery's engagement opportunities against every threat, and the threats' values.
 *
 * <p><b>Sensing draws.</b> Detection and tracking with the full radar and tracker models cost tens
 * of milliseconds per threat raid, far more than the engagements; so a run draws them {@code
 * sensingDraws} times (each a whole {@link SensingRun} with its own seed; draw 0 uses the run's
 * seed, so it is what {@code shield sense --seed S} prints) and trial i uses draw i mod
 * sensingDraws. What differs between trials using one draw is everything after the tracks: kills,
 * assessments and the decisions they change.
 *
 * <p>A draw runs only what the defence can know: the networks that the batteries fire on and the
 * radars linked to them. A network the defence does not listen to changes nothing in a trial.
 *
 * <p><b>Fire control.</b> A battery that launches on remote tracks listens to its network; one that
 * fires only on its own radar listens to a network of that radar alone, added to the scenario for
 * the sensing draws. Both of these need the intercept point inside the coverage of the battery's
 * radar, which guides the interceptor; a battery that engages on remote does not.
 *
 * <p><b>Values.</b> A threat is worth the value of the defended asset within {@value
 * #ASSET_RADIUS_M} m of its impact point (the most valuable, if several), or {@value
 * #UNDEFENDED_VALUE} when it falls on none; with no assets in the scenario every threat is worth 1.
 */
public final class RunPlan {

  /** How close an impact must fall to an asset to threaten it (m), notional. */
  public static final double ASSET_RADIUS_M = 50_000;

  /** The value of a threat that falls on no defended asset, notional. */
  public static final double UNDEFENDED_VALUE = 0.1;

  private static final int STREAM_SENSING_DRAWS = 11;

  private final Scenario scenario;
  private final List<Battery> batteries;
  private final List<Threat> threats;
  private final List<String> networkIds;
  private final int[] batteryNetwork;
  private final EngagementPlanner[] planners;
  private final Opportunities[][] opportunities;
  private final double[] threatValues;
  private final int[] threatAsset;
  private final SensingDraw[] draws;

  /**
   * What one sensing draw says, per network and threat: first detection and first firm track at the
   * node (NaN when never) and the firm track's largest 1σ position axis (m).
   */
  record SensingDraw(double[][] detectionS, double[][] firmS, double[][] firmSigmaM) {}

  RunPlan(Scenario scenario, RunSettings settings, ForkJoinPool pool)
      throws InterruptedException, ExecutionException {
    this.scenario = scenario;
    this.batteries = scenario.batteries();
    this.threats = scenario.threats();
    int nb = batteries.size();
    int nt = threats.size();

    List<Network> networks = new ArrayList<>(scenario.firingNetworks());
    batteryNetwork = new int[nb];
    for (int b = 0; b < nb; b++) {
      batteryNetwork[b] = networks.indexOf(scenario.firingNetwork(batteries.get(b)));
    }
    if (networks.isEmpty()) {
      networks.addAll(scenario.networks());
    }
    networkIds = networks.stream().map(Network::id).toList();
    List<Radar> linked =
        scenario.radars().stream()
            .filter(r -> networks.stream().anyMatch(n -> n.link(r.id()).isPresent()))
            .toList();
    Scenario sensed =
        new Scenario(
            scenario.name(),
            scenario.description(),
            scenario.epoch(),
            threats,
            linked,
            scenario.satellites(),
            networks,
            scenario.assets(),
            batteries);

    Map<String, Flyout> flyouts = new HashMap<>();
    planners = new EngagementPlanner[nb];
    for (int b = 0; b < nb; b++) {
      Battery battery = batteries.get(b);
      Flyout flyout = flyouts.computeIfAbsent(battery.type().id(), k -> Flyout.of(battery.type()));
      planners[b] = new EngagementPlanner(battery.site().position(), flyout);
    }
    opportunities = new Opportunities[nb][nt];
    try {
      pool.submit(
              () -> IntStream.range(0, nb * nt).parallel().forEach(bt -> plan(bt / nt, bt % nt)))
          .get();
      draws =
          pool.submit(
                  () ->
                      IntStream.range(0, settings.sensingDraws())
                          .parallel()
                          .mapToObj(k -> draw(sensed, drawSeed(settings.seed(), k)))
                          .toArray(SensingDraw[]::new))
              .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing the run", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("preparing the run failed: " + e.getCause(), e.getCause());
    }

    threatValues = new double[nt];
    threatAsset = new int[nt];
    for (int j = 0; j < nt; j++) {
      value(j);
    }
  }

  /** The seed of a sensing draw: the run's own for draw 0, one derived from it for the others. */
  static long drawSeed(long seed, int draw) {
    return draw == 0 ? seed : RandomStreams.stream(seed, STREAM_SENSING_DRAWS, draw).nextLong();
  }

  private void plan(int b, int j) {
    Battery battery = batteries.get(b);
    Optional<Radar> guide =
        battery.fireControl() == FireControl.ENGAGE_ON_REMOTE
            ? Optional.empty()
            : scenario.radars().stream()
                .filter(r -> r.id().equals(battery.radarId().orElseThrow()))
                .findFirst();
    Opportunities planned = planners[b].plan(threats.get(j).trajectory());
    opportunities[b][j] =
        guide.isEmpty()
            ? planned
            : new Opportunities(
                planned.all().stream()
                    .filter(o -> guide.get().canSee(o.interceptPointEcef()))
                    .toList());
  }

  private SensingDraw draw(Scenario sensed, long seed) {
    SenseReport report = new SensingRun(sensed).run(seed);
    int nn = sensed.networks().size();
    int nt = threats.size();
    double[][] detection = new double[nn][nt];
    double[][] firm = new double[nn][nt];
    double[][] sigma = new double[nn][nt];
    for (int j = 0; j < nt; j++) {
      List<NetworkWarning> warnings = report.threats().get(j).networks();
      for (int w = 0; w < nn; w++) {
        NetworkWarning warning = warnings.get(w);
        detection[w][j] = warning.firstDetectionS().orElse(Double.NaN);
        firm[w][j] = warning.firmTrackS().orElse(Double.NaN);
        sigma[w][j] = warning.firmTrackPositionSigmaM().orElse(Double.NaN);
      }
    }
    return new SensingDraw(detection, firm, sigma);
  }

  private void value(int j) {
    List<DefendedAsset> assets = scenario.assets();
    threatAsset[j] = -1;
    if (assets.isEmpty()) {
      threatValues[j] = 1;
      return;
    }
    threatValues[j] = UNDEFENDED_VALUE;
    Threat threat = threats.get(j);
    var impact = threat.trajectory().geodeticAt(threat.impactTimeS());
    for (int a = 0; a < assets.size(); a++) {
      DefendedAsset asset = assets.get(a);
      double distanceM = Geodesy.inverse(impact, asset.place().position()).distanceM();
      if (distanceM <= ASSET_RADIUS_M
          && (threatAsset[j] < 0 || asset.value() > assets.get(threatAsset[j]).value())) {
        threatAsset[j] = a;
        threatValues[j] = asset.value();
      }
    }
  }

  /** The scenario the run simulates. */
  public Scenario scenario() {
    return scenario;
  }

  /** The engagement planner of a battery, by its index in the scenario. */
  public EngagementPlanner planner(int batteryIndex) {
    return planners[batteryIndex];
  }

  /** Every feasible opportunity of a battery against a threat, in intercept-time order. */
  public List<Opportunity> opportunities(int battery, int threat) {
    return opportunities[battery][threat].all();
  }

  /**
   * The ids of the networks the sensing draws ran: the scenario's, then one per own-radar battery.
   */
  public List<String> networkIds() {
    return networkIds;
  }

  /** The index in {@link #networkIds()} of the network a battery fires on. */
  public int batteryNetwork(int battery) {
    return batteryNetwork[battery];
  }

  /** The index of the defended asset a threat is predicted to hit, or −1. */
  public int threatAsset(int threat) {
    return threatAsset[threat];
  }

  /** Number of sensing draws. */
  public int sensingDraws() {
    return draws.length;
  }

  /**
   * The node time of a network's first firm track of a threat in one sensing draw (s from the
   * epoch), or NaN if the network never held one.
   *
   * @param draw the sensing draw, from 0
   * @param network the network's index in {@link #networkIds()}
   * @param threat the threat's index in the scenario
   */
  public double firmTrackS(int draw, int network, int threat) {
    return draws[draw].firmS()[network][threat];
  }

  SensingDraw sensingDraw(int k) {
    return draws[k];
  }

  double[] threatValues() {
    return threatValues.clone();
  }

  /** The engagement options of one sensing draw: kill probabilities use its tracks' quality. */
  EngagementOptions options(SensingDraw draw) {
    return new EngagementOptions() {
      @Override
      public Opportunity first(
          int battery, int threat, double launchNotBeforeS, double interceptNotBeforeS) {
        return opportunities[battery][threat].first(launchNotBeforeS, interceptNotBeforeS);
      }

      @Override
      public double lastLaunchS(int battery, int threat) {
        return opportunities[battery][threat].lastLaunchS();
      }

      @Override
      public double killProbability(int battery, int threat, Opportunity opportunity) {
        double sigmaM = draw.firmSigmaM()[batteryNetwork[battery]][threat];
        return KillProbability.predicted(batteries.get(battery).type(), opportunity, sigmaM);
      }
    };
  }
}
