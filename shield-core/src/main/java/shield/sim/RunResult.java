package shield.sim;

/**
 * What a Monte Carlo run returns.
 *
 * @param summary the statistics
 * @param firstTrial trial 0 with its event log and shots
 * @param plan the run's shared work: the scenario, the sensing draws and the engagement planners
 */
public record RunResult(RunSummary summary, TrialRecord firstTrial, RunPlan plan) {}
