package shield.export;

import java.util.LinkedHashMap;
import java.util.Map;
import shield.analysis.Region;

/**
 * The keys that say which grid a map's JSON covers, written alike by footprint.json and
 * warning-map.json so that a reader of one reads the other's grid the same way.
 */
final class GridJson {

  private GridJson() {}

  /**
   * Puts {@code region} (its edges in degrees), {@code grid_deg}, {@code rows} and {@code columns}.
   */
  static void put(Map<String, Object> root, Region.Grid grid) {
    Region region = grid.region();
    Map<String, Object> box = new LinkedHashMap<>();
    box.put("south_deg", region.southDeg());
    box.put("west_deg", region.westDeg());
    box.put("north_deg", region.northDeg());
    box.put("east_deg", region.eastDeg());
    root.put("region", box);
    root.put("grid_deg", grid.stepDeg());
    root.put("rows", grid.rows());
    root.put("columns", grid.columns());
  }
}
