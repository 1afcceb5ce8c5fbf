package shield.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import shield.scenario.MissileClass;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;

/**
 * A warning time map: per launch area and cell, the warning a network had of a missile aimed at the
 * cell; per cell, the worst over the launch areas that can reach it.
 *
 * <p>The worst warning of a cell is the least over the launch areas whose missile could be flown to
 * it, none counting as the least of all: a cell that one launch area strikes unseen has no warning,
 * however early the others are seen. A cell that no launch area can reach is not threatened and has
 * no worst warning either; {@link #reachedFrom} tells the two apart.
 *
 * @param scenario the scenario whose sensors and network were used
 * @param network the network
 * @param missile the missile flown at every cell
 * @param launchAreas the launch areas, in the order of {@code byLaunchArea}
 * @param grid the cells
 * @param seed the seed of the sensing
 * @param byLaunchArea per launch area, one warning per cell in the grid's index order
 */
public record WarningMapResult(
    Scenario scenario,
    Network network,
    MissileClass missile,
    List<Place> launchAreas,
    Region.Grid grid,
    long seed,
    List<List<AimWarning>> byLaunchArea) {

  /** Checks that there is one list of one warning per cell for each launch area. */
  public WarningMapResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(missile, "missile");
    Objects.requireNonNull(grid, "grid");
    launchAreas = List.copyOf(launchAreas);
    byLaunchArea = byLaunchArea.stream().map(List::copyOf).toList();
    if (byLaunchArea.size() != launchAreas.size()
        || byLaunchArea.stream().anyMatch(l -> l.size() != grid.size())) {
      throw new IllegalArgumentException("one warning per launch area and cell is needed");
    }
  }

  /** The warning of the missile from a launch area (by index) at a cell (by index). */
  public AimWarning aim(int launchArea, int cell) {
    return byLaunchArea.get(launchArea).get(cell);
  }

  /** How many launch areas' missiles could be flown to a cell. */
  public int reachedFrom(int cell) {
    int n = 0;
    for (List<AimWarning> area : byLaunchArea) {
      n += area.get(cell).flown() ? 1 : 0;
    }
    return n;
  }

  /** The worst warning from first detection at a cell (s), if it is reached and always warned. */
  public OptionalDouble worstFromDetectionS(int cell) {
    return worst(cell, AimWarning::fromDetectionS);
  }

  /** The worst warning from first firm track at a cell (s), if it is reached and always warned. */
  public OptionalDouble worstFromFirmTrackS(int cell) {
    return worst(cell, AimWarning::fromFirmTrackS);
  }

  /**
   * One warning per cell (s), NaN where there is none, in the grid's index order: the worst over
   * the launch areas when {@code launchArea} is −1, otherwise that launch area's.
   *
   * @param launchArea a launch area's index, or −1 for the worst over all of them
   * @param fromFirmTrack the warning from first firm track if true, from first detection if not
   */
  public double[] warningsS(int launchArea, boolean fromFirmTrack) {
    double[] out = new double[grid.size()];
    for (int c = 0; c < out.length; c++) {
      OptionalDouble w = warningS(launchArea, c, fromFirmTrack);
      out[c] = w.orElse(Double.NaN);
    }
    return out;
  }

  /** One kind of warning at a cell (s): the worst over the launch areas when −1, else one's. */
  private OptionalDouble warningS(int launchArea, int cell, boolean fromFirmTrack) {
    if (launchArea < 0) {
      return fromFirmTrack ? worstFromFirmTrackS(cell) : worstFromDetectionS(cell);
    }
    AimWarning a = aim(launchArea, cell);
    return fromFirmTrack ? a.fromFirmTrackS() : a.fromDetectionS();
  }

  /**
   * Statistics of one kind of warning over the cells a launch area reaches, or that any reaches.
   *
   * @param launchArea a launch area's index, or −1 for the worst over all of them
   * @param fromFirmTrack the warning from first firm track if true, from first detection if not
   */
  public Statistics statistics(int launchArea, boolean fromFirmTrack) {
    int reached = 0;
    int warned = 0;
    double[] values = new double[grid.size()];
    for (int c = 0; c < grid.size(); c++) {
      boolean in = launchArea < 0 ? reachedFrom(c) > 0 : aim(launchArea, c).flown();
      if (!in) {
        continue;
      }
      OptionalDouble w = warningS(launchArea, c, fromFirmTrack);
      warned += w.isPresent() ? 1 : 0;
      values[reached++] = w.orElse(0);
    }
    return Statistics.of(grid.size(), warned, Arrays.copyOf(values, reached));
  }

  /**
   * The cell that holds a point, if the grid covers it: the cell whose square contains it, the
   * southern and western edges included.
   *
   * @param latitudeDeg the point's latitude (deg)
   * @param longitudeDeg the point's longitude (deg)
   * @return the cell's index, if any
   */
  public OptionalInt cellAt(double latitudeDeg, double longitudeDeg) {
    double step = grid.stepDeg();
    double north = latitudeDeg - grid.region().southDeg();
    double east = longitudeDeg - grid.region().westDeg();
    east -= 360.0 * Math.floor(east / 360.0);
    int row = (int) Math.floor(north / step);
    int column = (int) Math.floor(east / step);
    return north < 0 || row >= grid.rows() || column >= grid.columns()
        ? OptionalInt.empty()
        : OptionalInt.of(grid.index(row, column));
  }

  private OptionalDouble worst(int cell, Function<AimWarning, OptionalDouble> warning) {
    double least = Double.POSITIVE_INFINITY;
    for (List<AimWarning> area : byLaunchArea) {
      AimWarning a = area.get(cell);
      if (!a.flown()) {
        continue;
      }
      OptionalDouble w = warning.apply(a);
      if (w.isEmpty()) {
        return OptionalDouble.empty();
      }
      least = Math.min(least, w.getAsDouble());
    }
    return least == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(least);
  }

  /**
   * Warning statistics over the cells within reach, where a cell without warning counts as zero
   * (none is the least warning there is): the median is then the warning that half the threatened
   * area gets at least.
   *
   * @param cells the cells of the grid
   * @param reached the cells within reach, over which the rest is taken
   * @param warned the cells within reach with a warning
   * @param minimumS the least warning (s), zero if any reached cell has none; NaN if none reached
   * @param medianS the median (s); NaN if no cell is reached
   * @param maximumS the greatest (s); NaN if no cell is reached
   */
  public record Statistics(
      int cells, int reached, int warned, double minimumS, double medianS, double maximumS) {

    static Statistics of(int cells, int warned, double[] valuesS) {
      if (valuesS.length == 0) {
        return new Statistics(cells, 0, 0, Double.NaN, Double.NaN, Double.NaN);
      }
      double[] v = valuesS.clone();
      Arrays.sort(v);
      int m = v.length / 2;
      double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
      return new Statistics(cells, v.length, warned, v[0], median, v[v.length - 1]);
    }

    /** The fraction of the reached cells with a warning, NaN if none is reached. */
    public double warnedFraction() {
      return reached == 0 ? Double.NaN : (double) warned / reached;
    }
  }
}
