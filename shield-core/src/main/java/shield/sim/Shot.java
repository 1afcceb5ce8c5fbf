package shield.sim;

import shield.engage.Opportunity;

/**
 * One interceptor fired in a trial, for the pictures of that trial.
 *
 * @param battery index of the battery in the scenario
 * @param threat index of the threat in the scenario
 * @param opportunity the planned flight: launch, intercept time and point
 * @param killProbability the predicted kill probability it was fired with
 * @param kill whether it destroyed its threat
 */
public record Shot(
    int battery, int threat, Opportunity opportunity, double killProbability, boolean kill) {}
