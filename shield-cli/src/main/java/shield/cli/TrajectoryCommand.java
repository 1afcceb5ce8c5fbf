package shield.cli;

import picocli.CommandLine.Command;

/** Placeholder for {@code shield trajectory}; replaced by its real implementation. */
@Command(name = "trajectory", mixinStandardHelpOptions = true, description = "Not built yet.")
final class TrajectoryCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("'shield trajectory' is not built yet");
  }
}
