package shield.sim;

import java.util.List;

/**
 * A trial with its event log and every interceptor it fired: what the run keeps of its first trial.
 *
 * @param outcome the trial's outcome
 * @param events the event log in time order
 * @param shots the interceptors fired, in the order of their intercepts
 */
public record TrialRecord(TrialOutcome outcome, List<SimEvent> events, List<Shot> shots) {
  public TrialRecord {
    events = List.copyOf(events);
    shots = List.copyOf(shots);
  }
}
