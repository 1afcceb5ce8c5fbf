package shield.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Validation;

/** The Hungarian method against brute force over every one-to-one assignment. */
class HungarianTest {

  /**
   * Random matrices of 1–6 rows and columns, square and rectangular, with costs drawn from a small
   * set of integers (so ties occur) or from a continuous range with some large "outside the gate"
   * costs: the assignment must be one-to-one, of full size, and as cheap as the best of all
   * assignments (to 1e-9).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void matchesBruteForce(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int rows = random.nextInt(1, 7);
      int columns = random.nextInt(1, 7);
      double[][] cost = new double[rows][columns];
      boolean ties = random.nextBoolean();
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          cost[i][j] =
              ties
                  ? random.nextInt(0, 4)
                  : (random.nextDouble() < 0.3 ? 1e9 : random.nextDouble(-30, 30));
        }
      }
      int[] assignment = Hungarian.solve(cost);
      assertThat(assignment).hasSize(rows);
      Set<Integer> usedColumns = new HashSet<>();
      double total = 0;
      int assigned = 0;
      for (int i = 0; i < rows; i++) {
        if (assignment[i] >= 0) {
          assertThat(usedColumns.add(assignment[i])).isTrue();
          total += cost[i][assignment[i]];
          assigned++;
        }
      }
      assertThat(assigned).isEqualTo(Math.min(rows, columns));
      assertThat(total).isCloseTo(bruteForce(cost, 0, new boolean[columns], rows), within(1e-6));
    }
    Validation.record(
        "Hungarian assignment, 200 random 1–6 × 1–6 matrices, seed " + seed,
        "brute force over all assignments",
        "least total cost",
        "equal on all 200",
        "1e-6");
  }

  /** The least total cost of assigning rows from {@code row} on, each to an unused column. */
  private static double bruteForce(double[][] cost, int row, boolean[] used, int rows) {
    int columns = used.length;
    if (row == rows) {
      return 0;
    }
    int free = 0;
    for (boolean u : used) {
      free += u ? 0 : 1;
    }
    double best = Double.POSITIVE_INFINITY;
    // More rows than columns: a row may stay unassigned while enough rows remain for the columns.
    if (rows - row > free) {
      best = bruteForce(cost, row + 1, used, rows);
    }
    for (int j = 0; j < columns; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used, rows));
        used[j] = false;
      }
    }
    return best;
  }
}
