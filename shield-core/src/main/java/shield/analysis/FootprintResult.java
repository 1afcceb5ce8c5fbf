package shield.analysis;

import java.util.List;
import java.util.Objects;
import shield.scenario.Place;

/**
 * The defended footprint of an architecture against one missile: per launch area and grid cell,
 * whether the flight to the cell's centre can be engaged, how many shots the doctrine gets at it
 * and their kill probability; and the areas these add up to.
 *
 * <p><b>Definitions.</b> A cell is <i>threatened</i> when at least one launch area reaches it, and
 * <i>defended</i> when it is threatened and the flight from every launch area that reaches it is
 * engaged. Its kill probability is the lowest over those launch areas (NaN when none reaches it).
 * Areas are sums of {@link Region.Grid#cellAreaM2} over cells.
 *
 * @param scenarioName the scenario's name
 * @param missileId the missile class flown
 * @param grid the grid of aim points
 * @param killThreshold the kill probability at or above which a cell counts in {@link
 *     #killAreaM2()}
 * @param areas per launch area, in the order given
 */
public record FootprintResult(
    String scenarioName,
    String missileId,
    Region.Grid grid,
    double killThreshold,
    List<AreaResult> areas) {

  public FootprintResult {
    Objects.requireNonNull(scenarioName, "scenarioName");
    Objects.requireNonNull(missileId, "missileId");
    Objects.requireNonNull(grid, "grid");
    areas = List.copyOf(areas);
    for (AreaResult a : areas) {
      if (a.cells().size() != grid.size()) {
        throw new IllegalArgumentException("a launch area needs one outcome per cell");
      }
    }
  }

  /** What became of the flight to one cell. */
  public enum Status {
    /** The missile cannot be aimed there from the launch area (beyond its reach, or too close). */
    OUT_OF_RANGE,
    /** The flight reaches the cell and no battery can engage it. */
    NOT_ENGAGED,
    /** At least one battery can engage the flight. */
    ENGAGED
  }

  /**
   * The outcome of the flight from one launch area to one cell's centre.
   *
   * @param status what became of it
   * @param flightTimeS launch to impact (s); NaN when out of range
   * @param shotOpportunities the sequential engagements all batteries' doctrines get, each after
   *     the previous one's kill assessment, summed over batteries
   * @param interceptors the interceptors those engagements fire (salvos count each round)
   * @param batteries the batteries that can engage
   * @param killProbability 1 − Π(1 − P_k) over those interceptors; 0 when not engaged, NaN when out
   *     of range
   */
  public record CellOutcome(
      Status status,
      double flightTimeS,
      int shotOpportunities,
      int interceptors,
      int batteries,
      double killProbability) {

    /** The outcome of a cell out of range. */
    public static final CellOutcome OUT_OF_RANGE =
        new CellOutcome(Status.OUT_OF_RANGE, Double.NaN, 0, 0, 0, Double.NaN);

    public CellOutcome {
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * The outcomes of one launch area's flights.
   *
   * @param launchArea the launch area
   * @param cells one outcome per cell, in the grid's index order
   */
  public record AreaResult(Place launchArea, List<CellOutcome> cells) {
    public AreaResult {
      Objects.requireNonNull(launchArea, "launchArea");
      cells = List.copyOf(cells);
    }

    /** The number of cells with a status. */
    public int count(Status status) {
      return (int) cells.stream().filter(c -> c.status() == status).count();
    }
  }

  /** Whether at least one launch area reaches a cell. */
  public boolean threatened(int cell) {
    return areas.stream().anyMatch(a -> a.cells().get(cell).status() != Status.OUT_OF_RANGE);
  }

  /** Whether a cell is threatened and every launch area reaching it is engaged. */
  public boolean defended(int cell) {
    return threatened(cell)
        && areas.stream().allMatch(a -> a.cells().get(cell).status() != Status.NOT_ENGAGED);
  }

  /** The lowest kill probability over the launch areas reaching a cell; NaN when none does. */
  public double killProbability(int cell) {
    double worst = Double.NaN;
    for (AreaResult a : areas) {
      double p = a.cells().get(cell).killProbability();
      if (!Double.isNaN(p) && !(p >= worst)) {
        worst = p;
      }
    }
    return worst;
  }

  /** The area of the threatened cells (m²). */
  public double threatenedAreaM2() {
    double sum = 0;
    for (int i = 0; i < grid.size(); i++) {
      sum += threatened(i) ? grid.cellAreaM2(i / grid.columns()) : 0;
    }
    return sum;
  }

  /** The defended area (m²): the area of the defended cells. */
  public double defendedAreaM2() {
    double sum = 0;
    for (int i = 0; i < grid.size(); i++) {
      sum += defended(i) ? grid.cellAreaM2(i / grid.columns()) : 0;
    }
    return sum;
  }

  /**
   * The area of the threatened cells whose kill probability is at least the threshold from every
   * launch area reaching them (m²).
   */
  public double killAreaM2() {
    double sum = 0;
    for (int i = 0; i < grid.size(); i++) {
      sum += killProbability(i) >= killThreshold ? grid.cellAreaM2(i / grid.columns()) : 0;
    }
    return sum;
  }

  /** The area of the cells one launch area's flights to which are engaged (m²). */
  public double engagedAreaM2(int area) {
    List<CellOutcome> cells = areas.get(area).cells();
    double sum = 0;
    for (int i = 0; i < grid.size(); i++) {
      sum += cells.get(i).status() == Status.ENGAGED ? grid.cellAreaM2(i / grid.columns()) : 0;
    }
    return sum;
  }

  /** The area of the cells one launch area reaches (m²). */
  public double reachedAreaM2(int area) {
    List<CellOutcome> cells = areas.get(area).cells();
    double sum = 0;
    for (int i = 0; i < grid.size(); i++) {
      sum += cells.get(i).status() != Status.OUT_OF_RANGE ? grid.cellAreaM2(i / grid.columns()) : 0;
    }
    return sum;
  }

  /** The number of defended cells. */
  public int defendedCells() {
    int n = 0;
    for (int i = 0; i < grid.size(); i++) {
      n += defended(i) ? 1 : 0;
    }
    return n;
  }
}
