package shield.track;

import java.util.Arrays;

/**
 * The optimal assignment of rows to columns of a cost matrix (the Hungarian method of Kuhn and
 * Munkres, in the O(n²m) shortest-augmenting-path form with row and column potentials): the
 * one-to-one matching that assigns min(rows, columns) pairs with the least total cost.
 *
 * <p>The tracker uses it for global nearest-neighbour association, with a large finite cost for the
 * pairs outside the gate. Costs must be finite.
 */
public final class Hungarian {

  private Hungarian() {}

  /**
   * Solves the assignment problem.
   *
   * @param cost the costs, {@code cost[row][column]}, rectangular, finite
   * @return for each row, the column assigned to it, or −1 for the rows left over when there are
   *     more rows than columns
   */
  public static int[] solve(double[][] cost) {
    int rows = cost.length;
    if (rows == 0) {
      return new int[0];
    }
    int columns = cost[0].length;
    for (double[] row : cost) {
      if (row.length != columns) {
        throw new IllegalArgumentException("the cost matrix must be rectangular");
      }
      for (double c : row) {
        if (!Double.isFinite(c)) {
          throw new IllegalArgumentException("costs must be finite, got " + c);
        }
      }
    }
    if (rows <= columns) {
      return solveWide(cost, rows, columns);
    }
    double[][] transposed = new double[columns][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        transposed[j][i] = cost[i][j];
      }
    }
    int[] columnToRow = solveWide(transposed, columns, rows);
    int[] rowToColumn = new int[rows];
    Arrays.fill(rowToColumn, -1);
    for (int j = 0; j < columns; j++) {
      rowToColumn[columnToRow[j]] = j;
    }
    return rowToColumn;
  }

  /** The case n ≤ m: every row is assigned. Arrays are 1-based, index 0 is the virtual source. */
  private static int[] solveWide(double[][] a, int n, int m) {
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    double[] minv = new double[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assignment = new int[n];
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        assignment[p[j] - 1] = j - 1;
      }
    }
    return assignment;
  }
}
