package shield.cli;

import picocli.CommandLine.Command;

/** Placeholder for {@code shield freeflight}; replaced by its real implementation. */
@Command(name = "freeflight", mixinStandardHelpOptions = true, description = "Not built yet.")
final class FreeflightCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("'shield freeflight' is not built yet");
  }
}
