package shield.command;

/** A weapon–target assignment algorithm. */
public interface Assignment {

  /**
   * Solves a problem.
   *
   * @return x_ij, interceptors from battery i at threat j, indexed [battery][threat]; always
   *     admitted by the problem
   */
  int[][] assign(AssignmentProblem problem);
}
