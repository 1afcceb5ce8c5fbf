package shield.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.BlockRealMatrix;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.LUDecomposer;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DenseMatrix} and {@link DenseLuDecomposer} against Hipparchus's own results on random
 * matrices of 1–7 rows and columns whose elements span nine orders of magnitude: every product,
 * sum, difference and transpose agrees to 1e-12 of the largest element of Hipparchus's result,
 * whether the other operand is a {@link DenseMatrix} or a Hipparchus dense, block or diagonal
 * matrix, and the result stays a {@link DenseMatrix}.
 */
class DenseMatrixTest {

  private static final int TRIALS = 200;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void productsMatchHipparchus(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = random.nextInt(1, 8);
      int k = random.nextInt(1, 8);
      int m = random.nextInt(1, 8);
      double[][] a = randomData(random, n, k);
      double[][] b = randomData(random, k, m);
      double[][] bT = transposed(b);
      double[][] c = randomData(random, n, m);
      // Hipparchus's generic product: Array2DRowRealMatrix has no multiply(RealMatrix) of its own.
      RealMatrix expected = generic(a).multiply((RealMatrix) generic(b));
      for (RealMatrix operand : operands(b)) {
        assertMatches(dense(a).multiply(operand), expected);
        assertMatches(dense(a).multiplyTransposed(operand.transpose()), expected);
        assertMatches(dense(transposed(a)).transposeMultiply(operand), expected);
      }
      assertMatches(dense(a).multiply(dense(b)), expected);
      assertMatches(dense(a).multiplyTransposed(dense(bT)), expected);
      assertMatches(dense(transposed(a)).transposeMultiply(dense(b)), expected);
      assertMatches(
          dense(a).multiplyTransposed((RealMatrix) generic(bT)),
          generic(a).multiplyTransposed((RealMatrix) generic(bT)));
      assertMatches(
          dense(transposed(a)).transposeMultiply((RealMatrix) generic(b)),
          generic(transposed(a)).transposeMultiply((RealMatrix) generic(b)));
      assertMatches(dense(a).transpose(), generic(a).transpose());
      checkElementwise(c, randomData(random, n, m), RealMatrix::add);
      checkElementwise(c, randomData(random, n, m), RealMatrix::subtract);
    }
  }

  /** Square products with a diagonal matrix, as the filter has with R. */
  @ParameterizedTest
  @ValueSource(longs = {5, 6})
  void diagonalOperandsMatchHipparchus(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = random.nextInt(1, 8);
      double[][] a = randomData(random, n, n);
      double[] d = randomData(random, 1, n)[0];
      RealMatrix diagonal = new DiagonalMatrix(d);
      assertMatches(dense(a).multiply(diagonal), generic(a).multiply(diagonal));
      assertMatches(dense(a).add(diagonal), generic(a).add(diagonal));
      assertMatches(dense(a).subtract(diagonal), generic(a).subtract(diagonal));
    }
  }

  /** The gain's solve: the same numbers as Hipparchus's LU decomposer, as a dense matrix. */
  @ParameterizedTest
  @ValueSource(longs = {7, 8})
  void luSolveMatchesHipparchus(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = random.nextInt(1, 7);
      double[][] s = randomData(random, n, n);
      for (int i = 0; i < n; i++) {
        s[i][i] += 1e7;
      }
      double[][] b = randomData(random, n, random.nextInt(1, 8));
      RealMatrix expected = new LUDecomposer(1e-30).decompose(generic(s)).solve(generic(b));
      RealMatrix actual = new DenseLuDecomposer(1e-30).decompose(dense(s)).solve(dense(b));
      assertThat(actual).isInstanceOf(DenseMatrix.class);
      assertThat(actual.getData()).isEqualTo(expected.getData());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void mismatchedDimensionsAreRefused(int n) {
    DenseMatrix a = new DenseMatrix(n, n + 1);
    DenseMatrix b = new DenseMatrix(n, n);
    assertThatThrownBy(() -> a.multiply(b)).isInstanceOf(MathIllegalArgumentException.class);
    assertThatThrownBy(() -> a.multiplyTransposed(b))
        .isInstanceOf(MathIllegalArgumentException.class);
    assertThatThrownBy(() -> b.transposeMultiply(new DenseMatrix(n + 1, n)))
        .isInstanceOf(MathIllegalArgumentException.class);
    assertThatThrownBy(() -> a.add(b)).isInstanceOf(MathIllegalArgumentException.class);
    assertThatThrownBy(() -> a.subtract(b)).isInstanceOf(MathIllegalArgumentException.class);
  }

  private static void checkElementwise(
      double[][] x, double[][] y, BinaryOperator<RealMatrix> operation) {
    RealMatrix expected = operation.apply(generic(x), new BlockRealMatrix(y));
    for (RealMatrix operand : operands(y)) {
      assertMatches(operation.apply(dense(x), operand), expected);
    }
  }

  /** The same elements as a dense, a plain Hipparchus dense and a block matrix. */
  private static RealMatrix[] operands(double[][] data) {
    return new RealMatrix[] {dense(data), generic(data), new BlockRealMatrix(data)};
  }

  private static void assertMatches(RealMatrix actual, RealMatrix expected) {
    assertThat(actual).isInstanceOf(DenseMatrix.class);
    assertThat(actual.getRowDimension()).isEqualTo(expected.getRowDimension());
    assertThat(actual.getColumnDimension()).isEqualTo(expected.getColumnDimension());
    double scale = 0;
    for (double[] row : expected.getData()) {
      for (double e : row) {
        scale = Math.max(scale, Math.abs(e));
      }
    }
    for (int i = 0; i < expected.getRowDimension(); i++) {
      for (int j = 0; j < expected.getColumnDimension(); j++) {
        assertThat(Math.abs(actual.getEntry(i, j) - expected.getEntry(i, j)))
            .as("element (%d, %d)", i, j)
            .isLessThanOrEqualTo(1e-12 * scale);
      }
    }
  }

  /** Elements of random sign and of magnitude 1e-3 to 1e6, as in a covariance. */
  private static double[][] randomData(SplittableRandom random, int rows, int columns) {
    double[][] data = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        data[i][j] = random.nextDouble(-1, 1) * Math.pow(10, random.nextDouble(-3, 6));
      }
    }
    return data;
  }

  private static double[][] transposed(double[][] data) {
    double[][] t = new double[data[0].length][data.length];
    for (int i = 0; i < data.length; i++) {
      for (int j = 0; j < data[0].length; j++) {
        t[j][i] = data[i][j];
      }
    }
    return t;
  }

  private static DenseMatrix dense(double[][] data) {
    return new DenseMatrix(copy(data));
  }

  private static Array2DRowRealMatrix generic(double[][] data) {
    return new Array2DRowRealMatrix(data, true);
  }

  private static double[][] copy(double[][] data) {
    double[][] c = new double[data.length][];
    for (int i = 0; i < data.length; i++) {
      c[i] = data[i].clone();
    }
    return c;
  }
}
