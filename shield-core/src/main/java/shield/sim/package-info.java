/**
 * The simulation: runs a scenario's sensors and trackers over its threats' flights ({@link
 * shield.sim.SensingRun}), and whole engagements many times over ({@link shield.sim.MonteCarlo}:
 * the shared work in a {@link shield.sim.RunPlan}, one event-driven trial at a time, and the
 * statistics in a {@link shield.sim.RunSummary}).
 *
 * <p>Every random draw comes from a stream derived from the run's seed and the identities of what
 * it concerns ({@link shield.sim.RandomStreams}), so results do not depend on the order or the
 * number of threads in which the work is done.
 */
package shield.sim;
