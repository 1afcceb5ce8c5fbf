package shield.sim;

import java.util.List;

/**
 * Follows a Monte Carlo run: told when the shared work is done and as each block of trials
 * finishes, always in trial order and on the thread that called {@link MonteCarlo#run}.
 */
public interface RunListener {

  /** The shared work is done and trials are about to start. */
  default void prepared(RunPlan plan) {}

  /** A block of trials finished; their outcomes in trial order. */
  default void trialsDone(List<TrialOutcome> outcomes) {}
}
