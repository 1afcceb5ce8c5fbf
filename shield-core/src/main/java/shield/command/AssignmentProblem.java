package shield.command;

/**
 * One weapon–target assignment at a decision epoch: which batteries fire how many interceptors at
 * which threats, to maximise the value saved.
 *
 * <p>With x_ij interceptors from battery i at threat j, each killing independently with p_ij, the
 * value saved is Σ_j v_j (1 − Π_i (1 − p_ij)^x_ij). Constraints: Σ_j x_ij ≤ rounds_i (what battery
 * i can fire now: inventory, free fire channels and launchers), x_ij ≤ maxShots_ij (0 where the
 * battery has no opportunity), and Σ_i x_ij ≤ maxShotsPerThreat_j.
 *
 * @param threatValues v_j, the value of the asset each threat is predicted to hit (≥ 0)
 * @param rounds rounds_i, interceptors each battery can fire at this epoch (≥ 0)
 * @param killProbability p_ij, indexed [battery][threat], in [0, 1]
 * @param maxShots maxShots_ij, indexed [battery][threat] (≥ 0)
 * @param maxShotsPerThreat the most interceptors any threat may receive at this epoch (≥ 0)
 */
public record AssignmentProblem(
    double[] threatValues,
    int[] rounds,
    double[][] killProbability,
    int[][] maxShots,
    int[] maxShotsPerThreat) {

  /** Number of batteries. */
  public int batteryCount() {
    return rounds.length;
  }

  /** Number of threats. */
  public int threatCount() {
    return threatValues.length;
  }

  /** The value saved by an assignment, Σ_j v_j (1 − Π_i (1 − p_ij)^x_ij). */
  public double valueSaved(int[][] shots) {
    double total = 0;
    for (int j = 0; j < threatCount(); j++) {
      double survive = 1;
      for (int i = 0; i < batteryCount(); i++) {
        survive *= Math.pow(1 - killProbability[i][j], shots[i][j]);
      }
      total += threatValues[j] * (1 - survive);
    }
    return total;
  }

  /** True when an assignment respects every constraint of the problem. */
  public boolean admits(int[][] shots) {
    for (int i = 0; i < batteryCount(); i++) {
      int fired = 0;
      for (int j = 0; j < threatCount(); j++) {
        if (shots[i][j] < 0 || shots[i][j] > maxShots[i][j]) {
          return false;
        }
        fired += shots[i][j];
      }
      if (fired > rounds[i]) {
        return false;
      }
    }
    for (int j = 0; j < threatCount(); j++) {
      int received = 0;
      for (int i = 0; i < batteryCount(); i++) {
        received += shots[i][j];
      }
      if (received > maxShotsPerThreat[j]) {
        return false;
      }
    }
    return true;
  }
}
