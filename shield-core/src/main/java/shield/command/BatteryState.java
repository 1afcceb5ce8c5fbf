package shield.command;

import shield.engage.Layer;

/**
 * A battery as the battle manager sees it at a decision epoch.
 *
 * @param layer the layer its interceptors fight in
 * @param doctrine how it fires
 * @param reactionTimeS from a fire order to the launch (s)
 * @param roundsReady interceptors it can commit now: the least of what is left in its inventory,
 *     its free fire channels and its launchers
 */
public record BatteryState(Layer layer, Doctrine doctrine, double reactionTimeS, int roundsReady) {}
