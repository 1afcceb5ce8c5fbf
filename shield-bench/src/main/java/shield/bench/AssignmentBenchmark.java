package shield.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.command.AssignmentProblem;
import shield.command.ExactAssignment;
import shield.command.GreedyAssignment;

/**
 * One weapon–target assignment at a decision epoch of the European raid's size: 5 batteries × 20
 * threats, greedy ({@link GreedyAssignment}, run at every epoch of every trial) and exact ({@link
 * ExactAssignment}, ojAlgo). Target (command brief): greedy in microseconds.
 *
 * <p>The problem (seeded, notional): threat values uniform in [1, 10]; each battery reaches each
 * threat with probability 0.6, then p uniform in [0.3, 0.95] and at most 2 shots; 4 rounds per
 * battery (20 rounds for 20 threats, so rounds are scarce); {@code perThreat} shots at most per
 * threat.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar AssignmentBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssignmentBenchmark {

  static final int BATTERIES = 5;
  static final int THREATS = 20;

  /** The most interceptors any threat may receive: a salvo of two, or three. */
  @Param({"2", "3"})
  public int perThreat;

  private final GreedyAssignment greedy = new GreedyAssignment();
  private final ExactAssignment exact = new ExactAssignment();
  private AssignmentProblem problem;

  @Setup
  public void setUp() {
    problem = problem(new SplittableRandom(42), perThreat);
  }

  /** The benchmark's problem; see the class comment. */
  static AssignmentProblem problem(SplittableRandom random, int perThreat) {
    double[] values = new double[THREATS];
    for (int j = 0; j < THREATS; j++) {
      values[j] = random.nextDouble(1, 10);
    }
    int[] rounds = new int[BATTERIES];
    Arrays.fill(rounds, 4);
    double[][] p = new double[BATTERIES][THREATS];
    int[][] maxShots = new int[BATTERIES][THREATS];
    for (int i = 0; i < BATTERIES; i++) {
      for (int j = 0; j < THREATS; j++) {
        if (random.nextDouble() < 0.6) {
          p[i][j] = random.nextDouble(0.3, 0.95);
          maxShots[i][j] = 2;
        }
      }
    }
    int[] cap = new int[THREATS];
    Arrays.fill(cap, perThreat);
    return new AssignmentProblem(values, rounds, p, maxShots, cap);
  }

  @Benchmark
  public int[][] greedy() {
    return greedy.assign(problem);
  }

  @Benchmark
  public int[][] exact() {
    return exact.assign(problem);
  }
}
