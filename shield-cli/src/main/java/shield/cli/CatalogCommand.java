package shield.cli;

import picocli.CommandLine.Command;

/** Placeholder for {@code shield catalog}; replaced by its real implementation. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Not built yet.")
final class CatalogCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("'shield catalog' is not built yet");
  }
}
