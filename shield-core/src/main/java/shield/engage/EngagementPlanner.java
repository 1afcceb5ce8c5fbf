package shield.engage;

import shield.earth.Geodetic;
import shield.flight.Trajectory;

/** STAND-IN (replaced by the engage work). */
public final class EngagementPlanner {
  public EngagementPlanner(Geodetic site, Flyout flyout) {}

  public Opportunities plan(Trajectory threat) {
    throw new UnsupportedOperationException();
  }

  public InterceptorPath path(Opportunity o, int samples) {
    throw new UnsupportedOperationException();
  }
}
