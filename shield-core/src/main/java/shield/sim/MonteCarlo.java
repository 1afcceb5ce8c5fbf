package shield.sim;

import java.util.function.BooleanSupplier;
import shield.scenario.Scenario;

/** STAND-IN (replaced by the lead's engine). */
public final class MonteCarlo {
  public MonteCarlo(Scenario scenario, RunSettings settings) {}

  public RunResult run(RunListener listener, BooleanSupplier stopRequested) {
    throw new UnsupportedOperationException();
  }
}
