package shield.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import shield.command.BatteryState;
import shield.command.BattleManager;
import shield.command.Doctrine;
import shield.command.EngagementOptions;
import shield.command.FireOrder;
import shield.scenario.Battery;
import shield.scenario.Threat;

/**
 * The event-driven engine of one trial: threat launches, tracks becoming firm, decisions,
 * interceptor launches, intercepts, kill assessments and impacts, in time order.
 *
 * <p>Mutable and confined to one call of {@link #run}. Events at the same time are handled in the
 * order of their kinds, then of their creation; a decision epoch follows all the events of its
 * time, so that one epoch sees every firm track, intercept and assessment of that instant.
 */
final class TrialRun {

  /** What the queue holds, in the order in which events of one instant are handled. */
  private enum Kind {
    THREAT_LAUNCH,
    DETECTION,
    FIRM_TRACK,
    INTERCEPTOR_LAUNCH,
    INTERCEPT,
    ASSESSMENT,
    IMPACT
  }

  /** A queued event; {@code network} is used by track events, {@code order} by fire events. */
  private record Event(
      double timeS, Kind kind, long sequence, int threat, int network, Engagement order)
      implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      int c = Double.compare(timeS, o.timeS);
      if (c != 0) {
        return c;
      }
      c = kind.compareTo(o.kind);
      return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
  }

  /** A fire order being carried out, and the outcome of its interceptors. */
  private static final class Engagement {
    final FireOrder order;
    boolean killed;

    Engagement(FireOrder order) {
      this.order = order;
    }
  }

  private final RunPlan plan;
  private final BattleManager manager;
  private final RunPlan.SensingDraw draw;
  private final EngagementOptions options;
  private final SplittableRandom random;
  private final List<SimEvent> log;
  private final List<Shot> shots;

  private final List<Battery> batteries;
  private final List<Threat> threats;
  private final double[] values;
  private final PriorityQueue<Event> queue = new PriorityQueue<>();
  private long sequence;

  private final int[] roundsLeft;
  private final int[] inFlight;
  private final int[] fired;
  private final int[] kills;
  private final boolean[][] cleared;
  private final boolean[] detected;
  private final boolean[] firmTracked;
  private final boolean[] killed;
  private final boolean[] believedDead;
  private final boolean[] down;
  private final int[] pending;
  private final int[] firedAt;
  private final int[] killer;
  private final double[] endS;

  /**
   * A trial.
   *
   * @param log where to write the event log, or null not to keep one
   * @param shots where to write every interceptor fired, or null not to keep them
   */
  TrialRun(
      RunPlan plan,
      BattleManager manager,
      int sensingDraw,
      SplittableRandom random,
      List<SimEvent> log,
      List<Shot> shots) {
    this.plan = plan;
    this.manager = manager;
    this.draw = plan.sensingDraw(sensingDraw);
    this.options = plan.options(draw);
    this.random = random;
    this.log = log;
    this.shots = shots;
    this.batteries = plan.scenario().batteries();
    this.threats = plan.scenario().threats();
    this.values = plan.threatValues();
    int nb = batteries.size();
    int nt = threats.size();
    roundsLeft = new int[nb];
    for (int b = 0; b < nb; b++) {
      roundsLeft[b] = batteries.get(b).inventory();
    }
    inFlight = new int[nb];
    fired = new int[nb];
    kills = new int[nb];
    cleared = new boolean[nb][nt];
    detected = new boolean[nt];
    firmTracked = new boolean[nt];
    killed = new boolean[nt];
    believedDead = new boolean[nt];
    down = new boolean[nt];
    pending = new int[nt];
    firedAt = new int[nt];
    killer = new int[nt];
    endS = new double[nt];
  }

  /** Runs the trial to the last impact. */
  TrialOutcome run(int trial, int sensingDraw) {
    int nt = threats.size();
    int nn = plan.networkIds().size();
    for (int j = 0; j < nt; j++) {
      Threat threat = threats.get(j);
      killer[j] = -1;
      endS[j] = threat.impactTimeS();
      schedule(threat.launchTimeS(), Kind.THREAT_LAUNCH, j, -1, null);
      schedule(threat.impactTimeS(), Kind.IMPACT, j, -1, null);
      for (int w = 0; w < nn; w++) {
        double seen = draw.detectionS()[w][j];
        if (seen < threat.impactTimeS()) {
          schedule(seen, Kind.DETECTION, j, w, null);
        }
        double firm = draw.firmS()[w][j];
        if (firm < threat.impactTimeS()) {
          schedule(firm, Kind.FIRM_TRACK, j, w, null);
        }
      }
    }
    boolean decide = false;
    while (!queue.isEmpty()) {
      Event e = queue.poll();
      decide |= handle(e);
      Event next = queue.peek();
      if (decide && (next == null || next.timeS() > e.timeS())) {
        decide(e.timeS());
        decide = false;
      }
    }
    List<ThreatOutcome> outcomes = new ArrayList<>(nt);
    for (int j = 0; j < nt; j++) {
      outcomes.add(
          new ThreatOutcome(
              detected[j], firmTracked[j], firedAt[j], killed[j], killer[j], endS[j]));
    }
    return new TrialOutcome(trial, sensingDraw, outcomes, fired, kills);
  }

  /** Handles one event; returns whether it calls for a decision. */
  private boolean handle(Event e) {
    int j = e.threat();
    return switch (e.kind()) {
      case THREAT_LAUNCH -> {
        record(e.timeS(), SimEvent.Kind.THREAT_LAUNCH, j, -1, threats.get(j).missile().type().id());
        yield false;
      }
      case DETECTION -> {
        detected[j] = true;
        if (log != null) {
          record(e.timeS(), SimEvent.Kind.DETECTION, j, -1, "network " + network(e.network()));
        }
        yield false;
      }
      case FIRM_TRACK -> firmTrack(e);
      case INTERCEPTOR_LAUNCH -> {
        FireOrder order = e.order().order;
        fired[order.battery()] += order.interceptors();
        firedAt[j] += order.interceptors();
        if (log != null) {
          record(
              e.timeS(),
              SimEvent.Kind.INTERCEPTOR_LAUNCH,
              j,
              order.battery(),
              order.interceptors() + " interceptor(s)");
        }
        yield false;
      }
      case INTERCEPT -> intercept(e);
      case ASSESSMENT -> assess(e);
      case IMPACT -> {
        down[j] = true;
        if (!killed[j]) {
          record(e.timeS(), SimEvent.Kind.IMPACT, j, -1, "leaked");
        }
        yield false;
      }
    };
  }

  private boolean firmTrack(Event e) {
    int j = e.threat();
    boolean any = false;
    for (int b = 0; b < batteries.size(); b++) {
      if (plan.batteryNetwork(b) == e.network() && !cleared[b][j]) {
        cleared[b][j] = true;
        firmTracked[j] = true;
        any = true;
      }
    }
    if (log != null) {
      double sigmaM = draw.firmSigmaM()[e.network()][j];
      record(
          e.timeS(),
          SimEvent.Kind.FIRM_TRACK,
          j,
          -1,
          String.format("network %s, sigma %.0f m", network(e.network()), sigmaM));
    }
    return any;
  }

  private boolean intercept(Event e) {
    Engagement engagement = e.order();
    FireOrder order = engagement.order;
    int b = order.battery();
    int j = order.threat();
    inFlight[b] -= order.interceptors();
    for (int k = 0; k < order.interceptors(); k++) {
      boolean wasAlive = !killed[j];
      boolean kill = wasAlive && random.nextDouble() < order.killProbability();
      if (kill) {
        killed[j] = true;
        killer[j] = b;
        endS[j] = e.timeS();
        kills[b]++;
        engagement.killed = true;
      }
      if (shots != null) {
        shots.add(new Shot(b, j, order.opportunity(), order.killProbability(), kill));
      }
      if (log != null) {
        record(
            e.timeS(),
            kill ? SimEvent.Kind.KILL : SimEvent.Kind.MISS,
            j,
            b,
            wasAlive
                ? String.format("P_k %.2f", order.killProbability())
                : "threat already destroyed");
      }
    }
    Doctrine doctrine = batteries.get(b).doctrine();
    schedule(e.timeS() + doctrine.killAssessmentDelayS(), Kind.ASSESSMENT, j, -1, engagement);
    return true;
  }

  private boolean assess(Event e) {
    Engagement engagement = e.order();
    int j = engagement.order.threat();
    double accuracy = batteries.get(engagement.order.battery()).doctrine().killAssessmentAccuracy();
    boolean right = random.nextDouble() < accuracy;
    boolean assessedKill = killed[j] == right;
    pending[j]--;
    if (assessedKill) {
      believedDead[j] = true;
    }
    if (log != null) {
      record(
          e.timeS(),
          SimEvent.Kind.KILL_ASSESSMENT,
          j,
          engagement.order.battery(),
          (assessedKill ? "assessed destroyed" : "assessed alive") + (right ? "" : " (wrong)"));
    }
    return !assessedKill;
  }

  /** One decision epoch: the battle manager's orders, each launched after its reaction time. */
  private void decide(double timeS) {
    int nt = threats.size();
    int[] candidates = new int[nt];
    int count = 0;
    for (int j = 0; j < nt; j++) {
      if (!believedDead[j]
          && !down[j]
          && pending[j] == 0
          && timeS < threats.get(j).impactTimeS()
          && isCleared(j)) {
        candidates[count++] = j;
      }
    }
    if (count == 0) {
      return;
    }
    int[] needing = Arrays.copyOf(candidates, count);
    List<BatteryState> states = new ArrayList<>(batteries.size());
    for (int b = 0; b < batteries.size(); b++) {
      Battery battery = batteries.get(b);
      int ready =
          Math.min(
              roundsLeft[b], Math.min(battery.fireChannels() - inFlight[b], battery.launchers()));
      states.add(
          new BatteryState(
              battery.type().layer(), battery.doctrine(), battery.type().reactionTimeS(), ready));
    }
    for (FireOrder order : manager.decide(timeS, states, needing, values, cleared, options)) {
      int b = order.battery();
      int j = order.threat();
      roundsLeft[b] -= order.interceptors();
      inFlight[b] += order.interceptors();
      pending[j]++;
      Engagement engagement = new Engagement(order);
      if (log != null) {
        record(
            timeS,
            SimEvent.Kind.FIRE_ORDER,
            j,
            b,
            String.format(
                "%d interceptor(s), launch at %.1f s, intercept at %.1f s and %.0f km, P_k %.2f",
                order.interceptors(),
                order.opportunity().launchS(),
                order.opportunity().interceptS(),
                order.opportunity().interceptAltitudeM() / 1000,
                order.killProbability()));
      }
      schedule(order.opportunity().launchS(), Kind.INTERCEPTOR_LAUNCH, j, -1, engagement);
      schedule(order.opportunity().interceptS(), Kind.INTERCEPT, j, -1, engagement);
    }
  }

  private boolean isCleared(int j) {
    for (boolean[] battery : cleared) {
      if (battery[j]) {
        return true;
      }
    }
    return false;
  }

  private void schedule(double timeS, Kind kind, int threat, int network, Engagement order) {
    queue.add(new Event(timeS, kind, sequence++, threat, network, order));
  }

  private String network(int w) {
    return plan.networkIds().get(w);
  }

  private void record(double timeS, SimEvent.Kind kind, int threat, int battery, String detail) {
    if (log != null) {
      log.add(
          new SimEvent(
              timeS,
              kind,
              threat < 0 ? "" : threats.get(threat).id(),
              battery < 0 ? "" : batteries.get(battery).id(),
              detail));
    }
  }
}
