/**
 * The analyses of the public debate, each a loop over the engine's pieces: the reach of a missile
 * on the rotating Earth, the footprint an architecture defends, whether interceptors at a site
 * could catch an ICBM (the speed sweep), the warning a network gets, and the comparison of two
 * scenarios.
 *
 * <p>Analyses return immutable results in SI units; {@code shield.export} turns them into maps and
 * files. None re-implements physics: flight, sensing, flyout and engagement planning come from the
 * packages before this one.
 */
package shield.analysis;
