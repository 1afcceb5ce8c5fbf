/**
 * Engagements: interceptor types, their flyout (a reachability table per type, flown once), the
 * engagement opportunities of a battery against a threat's flight on the rotating Earth, and the
 * predicted kill probability of one shot.
 *
 * <p>{@link shield.engage.Flyout} and {@link shield.engage.EngagementPlanner} are built once per
 * run and shared by every trial: they are immutable and thread-safe. Opportunities are sampled
 * every second of the threat's flight; times are seconds from the scenario epoch and places are
 * ECEF metres, as everywhere in Shield.
 */
package shield.engage;
