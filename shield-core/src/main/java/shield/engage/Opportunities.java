package shield.engage;

import java.util.List;

/**
 * The feasible intercepts of one threat by one battery, sampled along the threat's flight in order
 * of intercept time; immutable.
 */
public final class Opportunities {

  private final List<Opportunity> all;
  private final double[] interceptS;
  private final double[] launchS;

  /** Latest launch among the opportunities from each one to the last (s). */
  private final double[] latestLaunchFromS;

  private final double firstLaunchS;

  /**
   * @param all the feasible opportunities in increasing order of intercept time
   */
  public Opportunities(List<Opportunity> all) {
    this.all = List.copyOf(all);
    int n = this.all.size();
    interceptS = new double[n];
    launchS = new double[n];
    latestLaunchFromS = new double[n];
    double earliest = Double.NaN;
    for (int i = 0; i < n; i++) {
      Opportunity o = this.all.get(i);
      if (i > 0 && !(o.interceptS() > interceptS[i - 1])) {
        throw new IllegalArgumentException("opportunities must be in increasing intercept time");
      }
      interceptS[i] = o.interceptS();
      launchS[i] = o.launchS();
      earliest = i == 0 ? o.launchS() : Math.min(earliest, o.launchS());
    }
    for (int i = n - 1; i >= 0; i--) {
      latestLaunchFromS[i] =
          i == n - 1 ? launchS[i] : Math.max(launchS[i], latestLaunchFromS[i + 1]);
    }
    firstLaunchS = earliest;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * The feasible opportunity with the earliest intercept among those launched at or after one time
   * and intercepting at or after another.
   *
   * @param launchNotBeforeS earliest allowed launch (s from the scenario epoch)
   * @param interceptNotBeforeS earliest allowed intercept (s from the scenario epoch)
   * @return that opportunity, or null if none qualifies
   */
  public Opportunity first(double launchNotBeforeS, double interceptNotBeforeS) {
    int i = lowerBound(interceptNotBeforeS);
    // Launch time is not monotonic in intercept time, so scan, stopping where no later one can do.
    for (; i < interceptS.length && latestLaunchFromS[i] >= launchNotBeforeS; i++) {
      if (launchS[i] >= launchNotBeforeS) {
        return all.get(i);
      }
    }
    return null;
  }

  /** Earliest launch time of any opportunity (s from the scenario epoch); NaN if empty. */
  public double firstLaunchS() {
    return firstLaunchS;
  }

  /** Latest launch time of any opportunity (s from the scenario epoch); NaN if empty. */
  public double lastLaunchS() {
    return all.isEmpty() ? Double.NaN : latestLaunchFromS[0];
  }

  /** Every opportunity, in increasing order of intercept time. */
  public List<Opportunity> all() {
    return all;
  }

  /** Index of the first intercept at or after a time. */
  private int lowerBound(double timeS) {
    int lo = 0;
    int hi = interceptS.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (interceptS[mid] < timeS) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
