package shield.command;

import shield.engage.Opportunity;

/**
 * What the battle manager may ask about batteries and threats at a decision epoch: the engagement
 * opportunities that remain and how likely a shot is to kill.
 */
public interface EngagementOptions {

  /**
   * The opportunity of a battery against a threat with the earliest intercept, among launches at or
   * after a time and intercepts at or after another; null if none remains.
   *
   * @param battery the battery's index
   * @param threat the threat's index
   * @param launchNotBeforeS earliest launch (s from the epoch)
   * @param interceptNotBeforeS earliest intercept (s from the epoch)
   */
  Opportunity first(int battery, int threat, double launchNotBeforeS, double interceptNotBeforeS);

  /** The last launch time of any opportunity of a battery against a threat (s); NaN if none. */
  double lastLaunchS(int battery, int threat);

  /** Predicted kill probability of one interceptor from a battery on an opportunity. */
  double killProbability(int battery, int threat, Opportunity opportunity);
}
