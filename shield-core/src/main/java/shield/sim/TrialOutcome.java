package shield.sim;

import java.util.List;

/**
 * The outcome of one Monte Carlo trial.
 *
 * @param trial the trial's number, from 0
 * @param sensingDraw which of the run's sensing draws the trial used
 * @param threats per threat, in the scenario's order
 * @param firedPerBattery interceptors each battery launched, in the scenario's battery order
 * @param killsPerBattery threats each battery destroyed
 */
public record TrialOutcome(
    int trial,
    int sensingDraw,
    List<ThreatOutcome> threats,
    int[] firedPerBattery,
    int[] killsPerBattery) {

  public TrialOutcome {
    threats = List.copyOf(threats);
    firedPerBattery = firedPerBattery.clone();
    killsPerBattery = killsPerBattery.clone();
  }

  @Override
  public int[] firedPerBattery() {
    return firedPerBattery.clone();
  }

  @Override
  public int[] killsPerBattery() {
    return killsPerBattery.clone();
  }

  /** Threats that reached the ground. */
  public int leakers() {
    int n = 0;
    for (ThreatOutcome t : threats) {
      n += t.leaked() ? 1 : 0;
    }
    return n;
  }

  /** Interceptors launched by all batteries. */
  public int interceptorsFired() {
    int n = 0;
    for (int f : firedPerBattery) {
      n += f;
    }
    return n;
  }
}
