package shield.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shield.earth.Validation;

/** What every assignment algorithm must do: respect the constraints and solve the trivial cases. */
class AssignmentContractTest {

  static Stream<Assignment> algorithms() {
    return Stream.of(new GreedyAssignment(), new ExactAssignment());
  }

  /** Rounds, maxShots and maxShotsPerThreat are never exceeded, on 500 random problems. */
  @ParameterizedTest
  @MethodSource("algorithms")
  void neverExceedsTheLimits(Assignment algorithm) {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 500; trial++) {
      AssignmentProblem problem = RandomProblems.next(random);
      int[][] shots = algorithm.assign(problem);
      assertThat(shots.length).isEqualTo(problem.batteryCount());
      assertThat(shots[0].length).isEqualTo(problem.threatCount());
      assertThat(problem.admits(shots)).as("trial %d", trial).isTrue();
    }
  }

  /** No battery has a round left: nothing is fired. */
  @ParameterizedTest
  @MethodSource("algorithms")
  void noRoundsFireNothing(Assignment algorithm) {
    AssignmentProblem problem =
        new AssignmentProblem(
            new double[] {1, 5},
            new int[] {0, 0},
            new double[][] {{0.9, 0.9}, {0.8, 0.7}},
            new int[][] {{2, 2}, {2, 2}},
            new int[] {3, 3});
    assertThat(algorithm.assign(problem)).isDeepEqualTo(new int[][] {{0, 0}, {0, 0}});
  }

  /** No interceptor can kill anything: none is wasted. */
  @ParameterizedTest
  @MethodSource("algorithms")
  void zeroKillProbabilityFiresNothing(Assignment algorithm) {
    AssignmentProblem problem =
        new AssignmentProblem(
            new double[] {1, 5},
            new int[] {3, 2},
            new double[][] {{0, 0}, {0, 0}},
            new int[][] {{2, 2}, {2, 2}},
            new int[] {3, 3});
    assertThat(algorithm.assign(problem)).isDeepEqualTo(new int[][] {{0, 0}, {0, 0}});
  }

  /** Threats worth nothing are not engaged, however easy to kill. */
  @ParameterizedTest
  @MethodSource("algorithms")
  void zeroValuesFireNothing(Assignment algorithm) {
    AssignmentProblem problem =
        new AssignmentProblem(
            new double[] {0, 0},
            new int[] {3, 2},
            new double[][] {{0.9, 0.5}, {0.6, 0.95}},
            new int[][] {{2, 2}, {2, 2}},
            new int[] {3, 3});
    assertThat(algorithm.assign(problem)).isDeepEqualTo(new int[][] {{0, 0}, {0, 0}});
  }

  static Stream<Arguments> oneOnOne() {
    return algorithms()
        .flatMap(
            a ->
                Stream.of(
                    Arguments.of(a, 3, 2, 3, 0.7),
                    Arguments.of(a, 1, 4, 4, 0.5),
                    Arguments.of(a, 5, 5, 2, 0.9),
                    Arguments.of(a, 4, 4, 4, 0.3),
                    Arguments.of(a, 2, 0, 2, 0.8)));
  }

  /**
   * One battery, one threat: every admissible interceptor adds value, so the optimum fires n =
   * min(rounds, maxShots, maxShotsPerThreat) and saves v (1 − (1 − p)^n) (closed form), to 1e-12 of
   * the value.
   */
  @ParameterizedTest
  @MethodSource("oneOnOne")
  void oneBatteryOneThreatClosedForm(
      Assignment algorithm, int rounds, int maxShots, int perThreat, double p) {
    double value = 7;
    AssignmentProblem problem =
        new AssignmentProblem(
            new double[] {value},
            new int[] {rounds},
            new double[][] {{p}},
            new int[][] {{maxShots}},
            new int[] {perThreat});
    int[][] shots = algorithm.assign(problem);
    int n = Math.min(rounds, Math.min(maxShots, perThreat));
    double expected = value * (1 - Math.pow(1 - p, n));
    assertThat(shots[0][0]).isEqualTo(n);
    assertThat(problem.valueSaved(shots)).isCloseTo(expected, within(1e-12));
    Validation.record(
        String.format(
            Locale.ROOT,
            "%s, one battery one threat, rounds %d maxShots %d perThreat %d p %.1f",
            algorithm.getClass().getSimpleName(),
            rounds,
            maxShots,
            perThreat,
            p),
        "closed form v(1 − (1 − p)^min(r, m, c))",
        String.format(Locale.ROOT, "%d shots, %.12f", n, expected),
        String.format(Locale.ROOT, "%d shots, %.12f", shots[0][0], problem.valueSaved(shots)),
        "1e-12");
  }
}
