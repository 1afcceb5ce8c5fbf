package shield.sim;

/**
 * What happened to one threat in one trial.
 *
 * @param detected whether any network received a report of it before impact
 * @param firmTracked whether a network that a battery listens to held a firm track of it
 * @param interceptorsFired interceptors launched at it
 * @param killed whether an interceptor destroyed it
 * @param killerBattery the index in the scenario's batteries of the battery whose interceptor
 *     destroyed it, or −1
 * @param endTimeS when it was destroyed or reached the ground (s from the epoch)
 */
public record ThreatOutcome(
    boolean detected,
    boolean firmTracked,
    int interceptorsFired,
    boolean killed,
    int killerBattery,
    double endTimeS) {

  /** Whether it reached the ground. */
  public boolean leaked() {
    return !killed;
  }

  /** Whether any interceptor was launched at it. */
  public boolean engaged() {
    return interceptorsFired > 0;
  }
}
