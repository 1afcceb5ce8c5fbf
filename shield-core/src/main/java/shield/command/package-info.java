/**
 * Battle management: doctrine, and weapon–target assignment at each decision epoch.
 *
 * <p>The {@link shield.command.BattleManager} turns the threats that need engaging and the
 * batteries' states ({@link shield.command.BatteryState}) into {@link shield.command.FireOrder}s:
 * layers outermost first, each battery's {@link shield.command.Doctrine} (shoot–look–shoot or
 * salvo), inventory, fire channels and launchers. It asks an {@link
 * shield.command.EngagementOptions} for the opportunities and kill probabilities, so it knows
 * nothing of flights or tracks.
 *
 * <p>An {@link shield.command.AssignmentProblem} states what the batteries can fire now and what
 * each shot would achieve; an {@link shield.command.Assignment} answers with the interceptors per
 * battery and threat. {@link shield.command.GreedyAssignment} (maximum marginal return, a few
 * microseconds at 5 batteries × 20 threats) is the default; {@link shield.command.ExactAssignment}
 * solves the same problem to optimality with ojAlgo, for small problems and as the reference the
 * greedy is measured against.
 */
package shield.command;
