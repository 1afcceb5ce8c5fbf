package shield.track;

import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixDecomposer;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Hipparchus's LU decomposition with its matrix solutions handed back as {@link DenseMatrix}, so
 * that the Kalman gain and the algebra built on it stay on the dense path.
 */
final class DenseLuDecomposer implements MatrixDecomposer {

  private final double singularityThreshold;

  /**
   * @param singularityThreshold the smallest pivot accepted, below which the matrix is singular
   */
  DenseLuDecomposer(double singularityThreshold) {
    this.singularityThreshold = singularityThreshold;
  }

  @Override
  public DecompositionSolver decompose(RealMatrix a) {
    DecompositionSolver lu = new LUDecomposition(a, singularityThreshold).getSolver();
    return new DecompositionSolver() {
      @Override
      public RealVector solve(RealVector b) {
        return lu.solve(b);
      }

      @Override
      public RealMatrix solve(RealMatrix b) {
        return DenseMatrix.of(lu.solve(b));
      }

      @Override
      public boolean isNonSingular() {
        return lu.isNonSingular();
      }

      @Override
      public RealMatrix getInverse() {
        return DenseMatrix.of(lu.getInverse());
      }

      @Override
      public int getRowDimension() {
        return lu.getRowDimension();
      }

      @Override
      public int getColumnDimension() {
        return lu.getColumnDimension();
      }
    };
  }
}
