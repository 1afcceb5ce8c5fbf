package shield.sim;

import java.util.List;

/**
 * How to run a Monte Carlo.
 *
 * @param trials number of trials, at least 1
 * @param seed the seed of every random draw
 * @param threads worker threads, at least 1; the results do not depend on it
 * @param sensingDraws independent draws of detection and tracking that the trials share, at least
 *     1: trial i uses draw i mod sensingDraws (see {@link MonteCarlo})
 * @param assignment the weapon–target assignment algorithm: {@code greedy} or {@code exact}
 */
public record RunSettings(int trials, long seed, int threads, int sensingDraws, String assignment) {

  /** Assignment algorithms by name. */
  public static final List<String> ASSIGNMENTS = List.of("greedy", "exact");

  public RunSettings {
    if (trials < 1 || threads < 1 || sensingDraws < 1) {
      throw new IllegalArgumentException("trials, threads and sensing draws must be at least 1");
    }
    if (!ASSIGNMENTS.contains(assignment)) {
      throw new IllegalArgumentException("assignment must be one of " + ASSIGNMENTS);
    }
  }
}
