package shield.track;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.AbstractRealMatrix;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * A small dense Hipparchus matrix, stored in one row-major array, whose products, sums and
 * transposes run as tight loops and return this class again, so that a filter calling them through
 * {@link RealMatrix} never falls back to the generic element-by-element algebra.
 *
 * <p>Each element of a product is accumulated from zero in the order of the summation index, as
 * Hipparchus's own products do, so the results are bit-for-bit those of {@code
 * Array2DRowRealMatrix}. An operand of another class is copied into this one first.
 */
final class DenseMatrix extends AbstractRealMatrix {

  private final int rowCount;
  private final int columnCount;

  /** The elements, row after row. */
  private final double[] data;

  private DenseMatrix(int rowCount, int columnCount, double[] data) {
    this.rowCount = rowCount;
    this.columnCount = columnCount;
    this.data = data;
  }

  /** A matrix of zeros. */
  DenseMatrix(int rowCount, int columnCount) {
    this(rowCount, columnCount, new double[checkedSize(rowCount, columnCount)]);
  }

  /**
   * A matrix with the elements of an array of rows, copied.
   *
   * @param rows the rows, all of the same non-zero length
   */
  DenseMatrix(double[][] rows) {
    this(rows.length, rows.length == 0 ? 0 : rows[0].length);
    for (int i = 0; i < rowCount; i++) {
      if (rows[i].length != columnCount) {
        throw new MathIllegalArgumentException(
            LocalizedCoreFormats.DIMENSIONS_MISMATCH, rows[i].length, columnCount);
      }
      System.arraycopy(rows[i], 0, data, columnCount * i, columnCount);
    }
  }

  /**
   * A matrix from row-major values, copied.
   *
   * @param rowMajor the elements, row after row
   * @param rowCount the number of rows; the number of columns is the length over it
   */
  static DenseMatrix ofRowMajor(double[] rowMajor, int rowCount) {
    DenseMatrix m = new DenseMatrix(rowCount, rowMajor.length / rowCount);
    System.arraycopy(rowMajor, 0, m.data, 0, m.data.length);
    return m;
  }

  /** A matrix itself if of this class, else a copy of its elements in this class. */
  static DenseMatrix of(RealMatrix m) {
    if (m instanceof DenseMatrix d) {
      return d;
    }
    DenseMatrix copy = new DenseMatrix(m.getRowDimension(), m.getColumnDimension());
    for (int i = 0; i < copy.rowCount; i++) {
      for (int j = 0; j < copy.columnCount; j++) {
        copy.data[copy.columnCount * i + j] = m.getEntry(i, j);
      }
    }
    return copy;
  }

  private static int checkedSize(int rowCount, int columnCount) {
    if (rowCount < 1) {
      throw new MathIllegalArgumentException(LocalizedCoreFormats.AT_LEAST_ONE_ROW);
    }
    if (columnCount < 1) {
      throw new MathIllegalArgumentException(LocalizedCoreFormats.AT_LEAST_ONE_COLUMN);
    }
    return rowCount * columnCount;
  }

  @Override
  public int getRowDimension() {
    return rowCount;
  }

  @Override
  public int getColumnDimension() {
    return columnCount;
  }

  @Override
  public DenseMatrix createMatrix(int rowDimension, int columnDimension) {
    return new DenseMatrix(rowDimension, columnDimension);
  }

  @Override
  public DenseMatrix copy() {
    return new DenseMatrix(rowCount, columnCount, data.clone());
  }

  @Override
  public double getEntry(int row, int column) {
    MatrixUtils.checkMatrixIndex(this, row, column);
    return data[columnCount * row + column];
  }

  @Override
  public void setEntry(int row, int column, double value) {
    MatrixUtils.checkMatrixIndex(this, row, column);
    data[columnCount * row + column] = value;
  }

  @Override
  public void addToEntry(int row, int column, double increment) {
    MatrixUtils.checkMatrixIndex(this, row, column);
    data[columnCount * row + column] += increment;
  }

  @Override
  public void multiplyEntry(int row, int column, double factor) {
    MatrixUtils.checkMatrixIndex(this, row, column);
    data[columnCount * row + column] *= factor;
  }

  @Override
  public double[][] getData() {
    double[][] rows = new double[rowCount][columnCount];
    for (int i = 0; i < rowCount; i++) {
      System.arraycopy(data, columnCount * i, rows[i], 0, columnCount);
    }
    return rows;
  }

  @Override
  public DenseMatrix add(RealMatrix m) {
    MatrixUtils.checkAdditionCompatible(this, m);
    double[] b = of(m).data;
    double[] out = new double[data.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[i] + b[i];
    }
    return new DenseMatrix(rowCount, columnCount, out);
  }

  @Override
  public DenseMatrix subtract(RealMatrix m) {
    MatrixUtils.checkSubtractionCompatible(this, m);
    double[] b = of(m).data;
    double[] out = new double[data.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[i] - b[i];
    }
    return new DenseMatrix(rowCount, columnCount, out);
  }

  /** this · m. */
  @Override
  public DenseMatrix multiply(RealMatrix m) {
    MatrixUtils.checkMultiplicationCompatible(this, m);
    double[] b = of(m).data;
    int n = m.getColumnDimension();
    double[] out = new double[rowCount * n];
    for (int i = 0; i < rowCount; i++) {
      for (int k = 0; k < columnCount; k++) {
        double aIk = data[columnCount * i + k];
        for (int j = 0; j < n; j++) {
          out[n * i + j] += aIk * b[n * k + j];
        }
      }
    }
    return new DenseMatrix(rowCount, n, out);
  }

  /** this · mᵀ. */
  @Override
  public DenseMatrix multiplyTransposed(RealMatrix m) {
    MatrixUtils.checkSameColumnDimension(this, m);
    double[] b = of(m).data;
    int n = m.getRowDimension();
    double[] out = new double[rowCount * n];
    for (int i = 0; i < rowCount; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < columnCount; k++) {
          sum += data[columnCount * i + k] * b[columnCount * j + k];
        }
        out[n * i + j] = sum;
      }
    }
    return new DenseMatrix(rowCount, n, out);
  }

  /** thisᵀ · m. */
  @Override
  public DenseMatrix transposeMultiply(RealMatrix m) {
    MatrixUtils.checkSameRowDimension(this, m);
    double[] b = of(m).data;
    int n = m.getColumnDimension();
    double[] out = new double[columnCount * n];
    for (int k = 0; k < rowCount; k++) {
      for (int i = 0; i < columnCount; i++) {
        double aKi = data[columnCount * k + i];
        for (int j = 0; j < n; j++) {
          out[n * i + j] += aKi * b[n * k + j];
        }
      }
    }
    return new DenseMatrix(columnCount, n, out);
  }

  @Override
  public DenseMatrix transpose() {
    double[] out = new double[data.length];
    for (int i = 0; i < rowCount; i++) {
      for (int j = 0; j < columnCount; j++) {
        out[rowCount * j + i] = data[columnCount * i + j];
      }
    }
    return new DenseMatrix(columnCount, rowCount, out);
  }

  @Override
  public double[] operate(double[] v) {
    if (v.length != columnCount) {
      throw new MathIllegalArgumentException(
          LocalizedCoreFormats.DIMENSIONS_MISMATCH, v.length, columnCount);
    }
    double[] out = new double[rowCount];
    for (int i = 0; i < rowCount; i++) {
      double sum = 0;
      for (int k = 0; k < columnCount; k++) {
        sum += data[columnCount * i + k] * v[k];
      }
      out[i] = sum;
    }
    return out;
  }
}
