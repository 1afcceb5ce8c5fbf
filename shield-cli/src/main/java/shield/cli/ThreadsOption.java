package shield.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} flag of the commands that work in parallel, mixed into each. */
final class ThreadsOption {

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Worker threads (default: the available processors); the results do not depend on it.")
  Integer threads;

  /** The worker threads to use, or a {@link UserInputException} if fewer than one. */
  int count() {
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw new UserInputException("--threads: must be at least 1, got " + count);
    }
    return count;
  }
}
