package shield.command;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Random small assignment problems for the property tests, and an exhaustive optimum for them. */
final class RandomProblems {

  private RandomProblems() {}

  /**
   * A problem of 2–4 batteries and 2–6 threats: rounds 0–4, p in [0.3, 0.95], maxShots 0–2,
   * maxShotsPerThreat 1–3; threat values half the time from {1, 2, 5, 10} (so ties occur), else
   * uniform in [0.5, 10].
   */
  static AssignmentProblem next(SplittableRandom random) {
    int batteries = random.nextInt(2, 5);
    int threats = random.nextInt(2, 7);
    double[] values = new double[threats];
    int[] perThreat = new int[threats];
    for (int j = 0; j < threats; j++) {
      values[j] =
          random.nextBoolean()
              ? new double[] {1, 2, 5, 10}[random.nextInt(4)]
              : random.nextDouble(0.5, 10);
      perThreat[j] = random.nextInt(1, 4);
    }
    int[] rounds = new int[batteries];
    double[][] p = new double[batteries][threats];
    int[][] maxShots = new int[batteries][threats];
    for (int i = 0; i < batteries; i++) {
      rounds[i] = random.nextInt(0, 5);
      for (int j = 0; j < threats; j++) {
        p[i][j] = random.nextDouble(0.3, 0.95);
        maxShots[i][j] = random.nextInt(0, 3);
      }
    }
    return new AssignmentProblem(values, rounds, p, maxShots, perThreat);
  }

  /**
   * The optimal value saved, by exhaustive search: threat by threat, every shot vector the
   * remaining rounds allow, remembering the best continuation for each vector of remaining rounds.
   * Shares no code with {@link ExactAssignment}.
   */
  static double optimum(AssignmentProblem problem) {
    return best(problem, 0, problem.rounds().clone(), new HashMap<>());
  }

  private static double best(
      AssignmentProblem problem, int j, int[] left, Map<String, Double> memo) {
    if (j == problem.threatCount()) {
      return 0;
    }
    String key = j + Arrays.toString(left);
    Double known = memo.get(key);
    if (known != null) {
      return known;
    }
    double result =
        bestFrom(problem, j, 0, left, new int[left.length], problem.maxShotsPerThreat()[j], memo);
    memo.put(key, result);
    return result;
  }

  /** The best over shot vectors for threat j chosen from battery i on, plus the later threats. */
  private static double bestFrom(
      AssignmentProblem problem,
      int j,
      int i,
      int[] left,
      int[] shots,
      int cap,
      Map<String, Double> memo) {
    if (i == left.length) {
      double survive = 1;
      for (int k = 0; k < shots.length; k++) {
        survive *= Math.pow(1 - problem.killProbability()[k][j], shots[k]);
      }
      return problem.threatValues()[j] * (1 - survive) + best(problem, j + 1, left, memo);
    }
    double best = Double.NEGATIVE_INFINITY;
    int most = Math.min(Math.min(problem.maxShots()[i][j], left[i]), cap);
    for (int x = 0; x <= most; x++) {
      shots[i] = x;
      left[i] -= x;
      best = Math.max(best, bestFrom(problem, j, i + 1, left, shots, cap - x, memo));
      left[i] += x;
    }
    shots[i] = 0;
    return best;
  }
}
