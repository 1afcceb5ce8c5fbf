package shield.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import shield.sim.RunSettings;

/**
 * The Monte Carlo flags that {@code shield run} and {@code shield compare} share (trials, seed,
 * threads, sensing draws, assignment), mixed into both so that they name, default and check them
 * alike; {@code --threads} is the {@link ThreadsOption} of every parallel command. The descriptions
 * are {@code run}'s; {@code compare} words three of them for its two runs in its resource bundle,
 * {@code CompareCommand.properties}, whose keys are the flag names.
 */
final class MonteCarloOptions {

  @Option(
      names = "--trials",
      paramLabel = "N",
      description = "Number of trials (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int trials;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--sensing-draws",
      paramLabel = "K",
      description =
          "Independent draws of detection and tracking that the trials share; trial i uses draw "
              + "i mod K (default: ${DEFAULT-VALUE}).",
      defaultValue = "16")
  int sensingDraws;

  @Option(
      names = "--assignment",
      paramLabel = "ALGORITHM",
      description = "Weapon-target assignment: greedy or exact (default: ${DEFAULT-VALUE}).",
      defaultValue = "greedy")
  String assignment;

  /** The settings the flags give, or a {@link UserInputException} naming the first bad flag. */
  RunSettings settings() {
    atLeastOne("--trials", trials);
    atLeastOne("--sensing-draws", sensingDraws);
    int threadCount = threads.count();
    if (!RunSettings.ASSIGNMENTS.contains(assignment)) {
      throw new UserInputException(
          "--assignment: must be one of "
              + String.join(", ", RunSettings.ASSIGNMENTS)
              + ", got '"
              + assignment
              + "'");
    }
    return new RunSettings(trials, seed, threadCount, sensingDraws, assignment);
  }

  private static void atLeastOne(String flag, int value) {
    if (value < 1) {
      throw new UserInputException(flag + ": must be at least 1, got " + value);
    }
  }
}
