package shield.engage;

import java.util.List;

/** STAND-IN (replaced by the engage work). */
public final class Opportunities {
  public boolean isEmpty() {
    throw new UnsupportedOperationException();
  }

  public Opportunity first(double launchNotBeforeS, double interceptNotBeforeS) {
    throw new UnsupportedOperationException();
  }

  public double firstLaunchS() {
    throw new UnsupportedOperationException();
  }

  public double lastLaunchS() {
    throw new UnsupportedOperationException();
  }

  public List<Opportunity> all() {
    throw new UnsupportedOperationException();
  }
}
