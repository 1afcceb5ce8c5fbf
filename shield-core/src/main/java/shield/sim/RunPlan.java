package shield.sim;

import shield.engage.EngagementPlanner;
import shield.scenario.Scenario;

/** STAND-IN (replaced by the lead's engine). */
public final class RunPlan {
  public Scenario scenario() {
    throw new UnsupportedOperationException();
  }

  public EngagementPlanner planner(int batteryIndex) {
    throw new UnsupportedOperationException();
  }
}
