package shield.command;

import shield.engage.Opportunity;

/**
 * An order to a battery: fire interceptors at a threat on an opportunity.
 *
 * @param battery the battery's index
 * @param threat the threat's index
 * @param interceptors how many to fire together (a salvo when more than one)
 * @param opportunity the launch and intercept they fly
 * @param killProbability the predicted kill probability of each
 */
public record FireOrder(
    int battery, int threat, int interceptors, Opportunity opportunity, double killProbability) {}
