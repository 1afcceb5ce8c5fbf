package shield.command;

import java.util.ArrayList;
import java.util.List;
import shield.engage.Layer;
import shield.engage.Opportunity;

/**
 * The battle manager: at a decision epoch, turns the threats that need engaging and the batteries
 * that can fire into fire orders.
 *
 * <p>At each epoch:
 *
 * <ol>
 *   <li>Each battery cleared to fire at a threat (it holds a firm track of it) looks for its
 *       earliest intercept with a launch after its reaction time.
 *   <li><b>Layers.</b> The outermost layer with an opportunity has the threat first. An inner
 *       battery joins only if it cannot wait: its last launch comes before the outer layer's
 *       earliest intercept plus that battery's kill assessment delay. Otherwise it waits for the
 *       outer layer's assessment, and takes the threat if the outer layer missed.
 *   <li><b>Doctrine.</b> Under shoot–look–shoot a battery fires one interceptor when it would still
 *       have an opportunity after assessing the first; otherwise, and always under a salvo policy,
 *       it may fire a salvo. Each layer gives a threat at most one salvo at an epoch, or one
 *       interceptor when it can look.
 *   <li><b>Assignment.</b> Values, kill probabilities and limits go to the weapon–target
 *       assignment, which decides who fires how many at what.
 * </ol>
 */
public final class BattleManager {

  private static final int LAYERS = Layer.values().length;

  private final Assignment assignment;

  /** A battle manager that assigns with the given algorithm. */
  public BattleManager(Assignment assignment) {
    this.assignment = assignment;
  }

  /**
   * Decides the fire orders of one epoch.
   *
   * @param timeS the epoch (s from the scenario epoch)
   * @param batteries every battery's state, by index
   * @param threats indices of the threats that need engaging
   * @param threatValues the value of every threat, by index
   * @param cleared cleared[b][j]: whether battery b may fire at threat j now
   * @param options the opportunities and kill probabilities
   * @return the orders, at most one per battery and threat
   */
  public List<FireOrder> decide(
      double timeS,
      List<BatteryState> batteries,
      int[] threats,
      double[] threatValues,
      boolean[][] cleared,
      EngagementOptions options) {
    int nb = batteries.size();
    int nt = threats.length;
    if (nt == 0 || nb == 0) {
      return List.of();
    }
    Opportunity[][] chosen = new Opportunity[nb][nt];
    for (int b = 0; b < nb; b++) {
      BatteryState battery = batteries.get(b);
      if (battery.roundsReady() <= 0) {
        continue;
      }
      for (int k = 0; k < nt; k++) {
        int j = threats[k];
        if (cleared[b][j]) {
          chosen[b][k] = options.first(b, j, timeS + battery.reactionTimeS(), timeS);
        }
      }
    }

    double[] values = new double[nt];
    double[][] pk = new double[nb][nt];
    int[][] maxShots = new int[nb][nt];
    int[] maxPerThreat = new int[nt];
    int[] rounds = new int[nb];
    for (int b = 0; b < nb; b++) {
      rounds[b] = Math.max(0, batteries.get(b).roundsReady());
    }
    for (int k = 0; k < nt; k++) {
      int j = threats[k];
      values[k] = threatValues[j];
      int outer = Integer.MAX_VALUE;
      double outerInterceptS = Double.POSITIVE_INFINITY;
      for (int b = 0; b < nb; b++) {
        if (chosen[b][k] != null) {
          int layer = batteries.get(b).layer().ordinal();
          if (layer < outer) {
            outer = layer;
            outerInterceptS = Double.POSITIVE_INFINITY;
          }
          if (layer == outer) {
            outerInterceptS = Math.min(outerInterceptS, chosen[b][k].interceptS());
          }
        }
      }
      // Each layer gives a threat at most one salvo at an epoch, or one shot when it can look.
      boolean[] look = new boolean[LAYERS];
      int[] salvo = new int[LAYERS];
      for (int b = 0; b < nb; b++) {
        Opportunity o = chosen[b][k];
        if (o == null) {
          continue;
        }
        BatteryState battery = batteries.get(b);
        Doctrine doctrine = battery.doctrine();
        int layer = battery.layer().ordinal();
        if (layer > outer
            && !(options.lastLaunchS(b, j) < outerInterceptS + doctrine.killAssessmentDelayS())) {
          continue;
        }
        pk[b][k] = options.killProbability(b, j, o);
        boolean canLook = secondChance(b, j, o, battery, options);
        maxShots[b][k] =
            switch (doctrine.policy()) {
              case SINGLE -> 1;
              case SALVO -> doctrine.salvoSize();
              case SHOOT_LOOK_SHOOT -> canLook ? 1 : doctrine.salvoSize();
            };
        look[layer] |= canLook && doctrine.policy() != Doctrine.Policy.SALVO;
        salvo[layer] = Math.max(salvo[layer], maxShots[b][k]);
      }
      for (int layer = 0; layer < LAYERS; layer++) {
        maxPerThreat[k] += look[layer] ? Math.min(1, salvo[layer]) : salvo[layer];
      }
    }

    int[][] shots =
        assignment.assign(new AssignmentProblem(values, rounds, pk, maxShots, maxPerThreat));
    List<FireOrder> orders = new ArrayList<>();
    for (int b = 0; b < nb; b++) {
      for (int k = 0; k < nt; k++) {
        if (shots[b][k] > 0) {
          orders.add(new FireOrder(b, threats[k], shots[b][k], chosen[b][k], pk[b][k]));
        }
      }
    }
    return orders;
  }

  /** Whether the battery could fire again after assessing a shot on this opportunity. */
  private static boolean secondChance(
      int b, int j, Opportunity o, BatteryState battery, EngagementOptions options) {
    double assessedS = o.interceptS() + battery.doctrine().killAssessmentDelayS();
    return options.first(b, j, assessedS + battery.reactionTimeS(), assessedS) != null;
  }
}
