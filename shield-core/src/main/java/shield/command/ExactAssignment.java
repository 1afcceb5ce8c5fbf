package shield.command;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The optimal weapon–target assignment, as a 0–1 integer programme solved by ojAlgo's branch and
 * bound.
 *
 * <p>The objective Σ_j v_j (1 − Π_i (1 − p_ij)^x_ij) is not linear in x, but it is linear in the
 * choice of a whole "plan" per threat: a plan for threat j is a vector (x_1j, …, x_Bj) of shots per
 * battery with x_ij ≤ min(maxShots_ij, rounds_i) and Σ_i x_ij ≤ maxShotsPerThreat_j, and its value
 * v_j (1 − Π_i (1 − p_ij)^x_ij) is a constant. With a binary y_k per plan k:
 *
 * <pre>
 *   maximise   Σ_k value_k y_k
 *   subject to Σ_{k for threat j} y_k ≤ 1                 for each threat j
 *              Σ_k x_ik y_k ≤ rounds_i                    for each battery i
 * </pre>
 *
 * <p>Plans in which some interceptor adds nothing (p = 0, v = 0, or a shot after a certain kill)
 * are left out: a plan without that interceptor saves as much with fewer rounds, so the optimum is
 * unchanged and the answer never fires a useless interceptor.
 *
 * <p>The number of plans grows as a product over batteries, so problems whose plan count exceeds
 * {@link #MAX_PLAN_VARIABLES} are refused with an {@link IllegalArgumentException}. The solver runs
 * on one thread with a relative optimality gap of 1e-12, so the answer is deterministic and optimal
 * to rounding.
 */
public final class ExactAssignment implements Assignment {

  /**
   * The most plan variables (counted before pruning) this class will hand to the solver. At 5
   * batteries × 20 threats with at most 2 shots per battery and 3 per threat there are at most
   * 1,000; 6 batteries × 40 threats with 3 per threat (3,080 plans) took about a second per solve
   * on the 2-core development machine, so larger models would stall a decision epoch.
   */
  public static final int MAX_PLAN_VARIABLES = 4_000;

  /** ojAlgo's default strategy, on one thread and with a gap tolerance of 12 digits. */
  private static final IntegerStrategy STRATEGY =
      IntegerStrategy.DEFAULT.withParallelism(() -> 1).withGapTolerance(NumberContext.of(12, 14));

  /** Value above which a binary's relaxed value counts as 1. */
  private static final double SELECTED = 0.5;

  @Override
  public int[][] assign(AssignmentProblem problem) {
    int batteries = problem.batteryCount();
    int threats = problem.threatCount();
    int[][] bounds = shotBounds(problem);
    long count = 0;
    for (int j = 0; j < threats; j++) {
      count += countPlans(bounds[j], problem.maxShotsPerThreat()[j]);
    }
    if (count > MAX_PLAN_VARIABLES) {
      throw new IllegalArgumentException(
          "exact assignment: "
              + batteries
              + " batteries × "
              + threats
              + " threats give "
              + count
              + " plan variables, more than "
              + MAX_PLAN_VARIABLES
              + " (the integer programme would be too slow for a decision epoch); use"
              + " GreedyAssignment, or lower maxShots or maxShotsPerThreat");
    }

    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.integer(STRATEGY);
    Expression[] roundsUsed = new Expression[batteries];
    List<int[]> plans = new ArrayList<>();
    List<Integer> planThreat = new ArrayList<>();
    List<Variable> planVariable = new ArrayList<>();
    for (int j = 0; j < threats; j++) {
      List<int[]> candidates = new ArrayList<>();
      enumerate(bounds[j], problem.maxShotsPerThreat()[j], 0, new int[batteries], candidates);
      Expression onePlan = null;
      for (int[] plan : candidates) {
        double survival = survival(problem, j, plan, -1);
        if (!everyShotCounts(problem, j, plan, survival)) {
          continue;
        }
        Variable y =
            model
                .addVariable("y" + plans.size())
                .binary()
                .weight(problem.threatValues()[j] * (1 - survival));
        if (onePlan == null) {
          onePlan = model.addExpression("threat" + j).upper(1);
        }
        onePlan.set(y, 1);
        for (int i = 0; i < batteries; i++) {
          if (plan[i] > 0) {
            if (roundsUsed[i] == null) {
              roundsUsed[i] = model.addExpression("rounds" + i).upper(problem.rounds()[i]);
            }
            roundsUsed[i].set(y, plan[i]);
          }
        }
        plans.add(plan);
        planThreat.add(j);
        planVariable.add(y);
      }
    }

    int[][] shots = new int[batteries][threats];
    if (plans.isEmpty()) {
      return shots;
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException(
          "exact assignment: ojAlgo ended with state " + result.getState() + ", not optimal");
    }
    for (int k = 0; k < plans.size(); k++) {
      if (planVariable.get(k).getValue().doubleValue() > SELECTED) {
        int j = planThreat.get(k);
        for (int i = 0; i < batteries; i++) {
          shots[i][j] += plans.get(k)[i];
        }
      }
    }
    if (!problem.admits(shots)) {
      throw new IllegalStateException(
          "exact assignment: ojAlgo's solution breaks a constraint of the problem");
    }
    return shots;
  }

  /**
   * The most shots each battery may fire at each threat, indexed [threat][battery]: none where the
   * threat is worth nothing or the battery cannot kill it.
   */
  private static int[][] shotBounds(AssignmentProblem problem) {
    int[][] bounds = new int[problem.threatCount()][problem.batteryCount()];
    for (int j = 0; j < problem.threatCount(); j++) {
      if (!(problem.threatValues()[j] > 0)) {
        continue;
      }
      for (int i = 0; i < problem.batteryCount(); i++) {
        if (problem.killProbability()[i][j] > 0) {
          bounds[j][i] = Math.max(0, Math.min(problem.maxShots()[i][j], problem.rounds()[i]));
        }
      }
    }
    return bounds;
  }

  /**
   * The number of non-empty shot vectors with 0 ≤ x_i ≤ bounds_i and Σ x_i ≤ cap, by dynamic
   * programming over batteries (ways[s] = vectors so far summing to s); saturates at a value far
   * above any limit.
   */
  private static long countPlans(int[] bounds, int cap) {
    if (cap <= 0) {
      return 0;
    }
    long[] ways = new long[cap + 1];
    ways[0] = 1;
    for (int bound : bounds) {
      long[] next = new long[cap + 1];
      for (int s = 0; s <= cap; s++) {
        for (int x = 0; x <= bound && s + x <= cap; x++) {
          next[s + x] = Math.min(next[s + x] + ways[s], Long.MAX_VALUE / 4);
        }
      }
      ways = next;
    }
    long total = -1;
    for (long w : ways) {
      total = Math.min(total + w, Long.MAX_VALUE / 4);
    }
    return total;
  }

  /** Adds every non-empty shot vector within the bounds and the cap, from battery i on. */
  private static void enumerate(int[] bounds, int cap, int i, int[] plan, List<int[]> out) {
    if (i == bounds.length) {
      for (int x : plan) {
        if (x > 0) {
          out.add(plan.clone());
          return;
        }
      }
      return;
    }
    for (int x = 0; x <= bounds[i] && x <= cap; x++) {
      plan[i] = x;
      enumerate(bounds, cap - x, i + 1, plan, out);
    }
    plan[i] = 0;
  }

  /** Π_i (1 − p_ij)^x_i, with one shot fewer from battery {@code without} (none if −1). */
  private static double survival(AssignmentProblem problem, int j, int[] plan, int without) {
    double survival = 1;
    for (int i = 0; i < plan.length; i++) {
      int x = i == without ? plan[i] - 1 : plan[i];
      survival *= Math.pow(1 - problem.killProbability()[i][j], x);
    }
    return survival;
  }

  /** True when removing any one interceptor of the plan would raise the threat's survival. */
  private static boolean everyShotCounts(
      AssignmentProblem problem, int j, int[] plan, double survival) {
    for (int i = 0; i < plan.length; i++) {
      if (plan[i] > 0 && !(survival(problem, j, plan, i) > survival)) {
        return false;
      }
    }
    return true;
  }
}
