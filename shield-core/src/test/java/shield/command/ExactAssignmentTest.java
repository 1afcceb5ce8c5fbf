package shield.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Validation;

/** The ojAlgo integer programme against an exhaustive search. */
class ExactAssignmentTest {

  private final ExactAssignment exact = new ExactAssignment();

  /**
   * On 250 random problems per seed (2–4 batteries, 2–6 threats; see {@link RandomProblems}), the
   * value saved equals the exhaustive optimum to 1e-9 (values are 0.5–10, so about 1e-10 relative).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void equalsExhaustiveOptimum(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double worst = 0;
    for (int trial = 0; trial < 250; trial++) {
      AssignmentProblem problem = RandomProblems.next(random);
      double optimum = RandomProblems.optimum(problem);
      double saved = problem.valueSaved(exact.assign(problem));
      assertThat(saved).as("trial %d", trial).isCloseTo(optimum, within(1e-9));
      worst = Math.max(worst, Math.abs(saved - optimum));
    }
    Validation.record(
        "ExactAssignment, 250 random problems, seed " + seed,
        "exhaustive search over all admissible assignments",
        "optimal value saved",
        String.format(Locale.ROOT, "worst difference %.1e", worst),
        "1e-9");
  }

  /**
   * Battery 0 can reach both threats, battery 1 only threat 0, one round each and one shot per
   * threat: the optimum (by hand) sends battery 0 at threat 1 and battery 1 at threat 0, saving 0.9
   * + 0.9; greedy, seeing equal gains, takes (0, 0) first and saves 0.9 only.
   */
  @Test
  void findsTheCrossedPairingThatGreedyMisses() {
    AssignmentProblem problem =
        new AssignmentProblem(
            new double[] {1, 1},
            new int[] {1, 1},
            new double[][] {{0.9, 0.9}, {0.9, 0.9}},
            new int[][] {{1, 1}, {1, 0}},
            new int[] {1, 1});
    assertThat(exact.assign(problem)).isDeepEqualTo(new int[][] {{0, 1}, {1, 0}});
    int[][] greedy = new GreedyAssignment().assign(problem);
    assertThat(greedy).isDeepEqualTo(new int[][] {{1, 0}, {0, 0}});
    assertThat(problem.valueSaved(greedy) / problem.valueSaved(exact.assign(problem)))
        .isCloseTo(0.5, within(1e-12));
  }

  /** A raid too large to enumerate is refused with the count and the limit in the message. */
  @Test
  void refusesTooManyPlans() {
    int batteries = 8;
    int threats = 30;
    double[] values = new double[threats];
    Arrays.fill(values, 1);
    int[] rounds = new int[batteries];
    Arrays.fill(rounds, 10);
    double[][] p = new double[batteries][threats];
    int[][] maxShots = new int[batteries][threats];
    for (int i = 0; i < batteries; i++) {
      Arrays.fill(p[i], 0.7);
      Arrays.fill(maxShots[i], 2);
    }
    int[] perThreat = new int[threats];
    Arrays.fill(perThreat, 4);
    AssignmentProblem problem = new AssignmentProblem(values, rounds, p, maxShots, perThreat);
    assertThatThrownBy(() -> exact.assign(problem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 batteries × 30 threats")
        .hasMessageContaining("more than " + ExactAssignment.MAX_PLAN_VARIABLES)
        .hasMessageContaining("GreedyAssignment");
  }

  /** A certain kill needs one interceptor: the optimum does not add a second that adds nothing. */
  @Test
  void firesNoInterceptorThatAddsNothing() {
    AssignmentProblem problem =
        new AssignmentProblem(
            new double[] {3},
            new int[] {2, 2},
            new double[][] {{1.0}, {0.6}},
            new int[][] {{2}, {2}},
            new int[] {3});
    assertThat(exact.assign(problem)).isDeepEqualTo(new int[][] {{1}, {0}});
  }
}
