package shield.cli;

import java.nio.file.Path;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioException;
import shield.scenario.ScenarioLoader;

/** Reads a scenario file given on the command line against the built-in catalog. */
final class ScenarioOption {

  private ScenarioOption() {}

  /**
   * Loads a scenario file.
   *
   * @param file the YAML file (see docs/scenario.md)
   * @return the scenario
   * @throws UserInputException with the loader's message, which names the file and the mistake
   */
  static Scenario load(Path file) {
    try {
      return ScenarioLoader.load(file, Catalog.builtIn());
    } catch (ScenarioException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
