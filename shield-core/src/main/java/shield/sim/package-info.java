/**
 * The simulation: runs a scenario's sensors and trackers over its threats' flights ({@link
 * shield.sim.SensingRun}), and later the engagements and the Monte Carlo over them.
 *
 * <p>Every random draw comes from a stream derived from the run's seed and the identities of what
 * it concerns ({@link shield.sim.RandomStreams}), so results do not depend on the order or the
 * number of threads in which the work is done.
 */
package shield.sim;
