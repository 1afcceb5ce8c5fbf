package shield.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import shield.analysis.AimWarning;
import shield.analysis.Region;
import shield.analysis.WarningMapResult;
import shield.earth.Geodetic;
import shield.scenario.Catalog;
import shield.scenario.DefendedAsset;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;

/** The warning map's JSON tree and CSV table, and the box its picture shows. */
class WarningMapFilesTest {

  /** Two cells, 54–55° N × 20–22° E, from two launch areas (one a coordinate with a comma). */
  private static final Region.Grid GRID = Region.ofCorners(54, 20, 55, 22).grid(1);

  private static Place place(String id, double latDeg, double lonDeg) {
    return new Place(id, id, Geodetic.ofDegrees(latDeg, lonDeg, 0), "point", "test", false, "");
  }

  private static AimWarning warned(double detectionS, double firmS) {
    return new AimWarning(
        AimWarning.Flight.FLOWN,
        700,
        OptionalDouble.of(detectionS),
        Double.isNaN(firmS) ? OptionalDouble.empty() : OptionalDouble.of(firmS),
        Optional.of("pionersky-vdm"));
  }

  private static WarningMapResult result() {
    Network network = new Network("russia", Optional.empty(), List.of());
    Scenario scenario =
        new Scenario(
            "test",
            "",
            Instant.parse("2011-12-01T06:00:00Z"),
            List.of(),
            List.of(),
            List.of(),
            List.of(network),
            List.of(
                new DefendedAsset("kaliningrad", place("kaliningrad", 54.71, 20.45), 1),
                new DefendedAsset("moscow", place("moscow", 55.75, 37.62), 1)),
            List.of());
    return new WarningMapResult(
        scenario,
        network,
        Catalog.builtIn().missile("slbm"),
        List.of(place("north-sea", 57, 3), place("48,1", 48, 1)),
        GRID,
        3,
        List.of(
            List.of(warned(500.04, 440), warned(480, Double.NaN)),
            List.of(warned(450, 400), AimWarning.notFlown(AimWarning.Flight.OUT_OF_RANGE))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonHasTheWorstPerCellTheStatisticsAndTheAssetsCell() {
    Map<String, Object> root = WarningMapFiles.json(result());
    assertThat(root)
        .containsEntry("network", "russia")
        .containsEntry("missile", "slbm")
        .containsEntry("seed", 3L)
        .containsEntry("grid_deg", 1.0)
        .containsEntry("rows", 1)
        .containsEntry("columns", 2);
    List<Map<String, Object>> cells = (List<Map<String, Object>>) root.get("cells");
    assertThat(cells).hasSize(2);
    // cell 0: worst of 500.04/450 and 440/400
    assertThat(cells.get(0))
        .containsEntry("reached_from", 2)
        .containsEntry("warning_from_detection_s", 450.0)
        .containsEntry("warning_from_firm_track_s", 400.0);
    // cell 1: only north-sea reaches it, detected but never firmly tracked
    assertThat(cells.get(1))
        .containsEntry("reached_from", 1)
        .containsEntry("warning_from_detection_s", 480.0)
        .containsEntry("warning_from_firm_track_s", null);
    List<Map<String, Object>> by = (List<Map<String, Object>>) cells.get(1).get("by_launch_area");
    assertThat(by.get(1))
        .containsEntry("launch_area", "48,1")
        .containsEntry("flight", "out_of_range")
        .containsEntry("flight_time_s", null)
        .containsEntry("warning_from_detection_s", null);
    assertThat(((List<Map<String, Object>>) cells.get(0).get("by_launch_area")).get(0))
        .containsEntry("warning_from_detection_s", 500.0)
        .containsEntry("first_sensor", "pionersky-vdm");
    Map<String, Object> firm =
        (Map<String, Object>) ((Map<String, Object>) root.get("worst")).get("from_firm_track");
    assertThat(firm)
        .containsEntry("reached_cells", 2)
        .containsEntry("warned_cells", 1)
        .containsEntry("warned_fraction", 0.5)
        .containsEntry("min_s", 0.0)
        .containsEntry("median_s", 200.0)
        .containsEntry("max_s", 400.0);
    List<Map<String, Object>> assets = (List<Map<String, Object>>) root.get("assets");
    assertThat(((Map<String, Object>) assets.get(0).get("cell"))).containsEntry("index", 0);
    assertThat(assets.get(1)).containsEntry("cell", null);
  }

  @Test
  void csvHasAWorstRowAndARowPerLaunchAreaForEachCell() throws Exception {
    StringWriter out = new StringWriter();
    WarningMapFiles.writeCsv(result(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines)
        .containsExactly(
            WarningMapFiles.CSV_HEADER,
            "0,54.5000,20.5000,worst,,2,,,450.0,400.0,",
            "0,54.5000,20.5000,launch_area,north-sea,,flown,700.0,500.0,440.0,pionersky-vdm",
            "0,54.5000,20.5000,launch_area,\"48,1\",,flown,700.0,450.0,400.0,pionersky-vdm",
            "1,54.5000,21.5000,worst,,1,,,480.0,,",
            "1,54.5000,21.5000,launch_area,north-sea,,flown,700.0,480.0,,pionersky-vdm",
            "1,54.5000,21.5000,launch_area,\"48,1\",,out_of_range,,,,");
    for (String line : lines) {
      // Every row has the header's 11 fields once the quoted comma is set aside.
      assertThat(line.replace("\"48,1\"", "x").split(",", -1)).hasSize(11);
    }
  }

  @Test
  void geoJsonHasTheCellsWithTheirWarningsThenThePlaces() throws Exception {
    StringWriter out = new StringWriter();
    WarningMapFiles.writeGeoJson(result(), out);
    JsonNode features = new ObjectMapper().readTree(out.toString()).get("features");
    // 2 cells, 2 launch areas, no radars, 2 assets
    assertThat(features).hasSize(6);
    JsonNode cell1 = features.get(1).get("properties");
    assertThat(cell1.get("reached_from").asDouble()).isEqualTo(1);
    assertThat(cell1.get("warning_from_detection_s").asDouble()).isEqualTo(480);
    assertThat(cell1.get("warning_from_firm_track_s").isNull()).isTrue();
    assertThat(cell1.get("launch_area_2_warning_from_detection_s").isNull()).isTrue();
    assertThat(
            features
                .get(0)
                .get("properties")
                .get("launch_area_1_warning_from_detection_s")
                .asDouble())
        .isEqualTo(500);
    JsonNode area = features.get(3).get("properties");
    assertThat(area.get("kind").asText()).isEqualTo("launch_area");
    assertThat(area.get("launch_area").asInt()).isEqualTo(2);
    assertThat(area.get("id").asText()).isEqualTo("48,1");
    JsonNode kaliningrad = features.get(4).get("properties");
    assertThat(kaliningrad.get("kind").asText()).isEqualTo("asset");
    assertThat(kaliningrad.get("warning_from_firm_track_s").asDouble()).isEqualTo(400);
    assertThat(features.get(5).get("properties").get("warning_from_detection_s").isNull()).isTrue();
  }

  @Test
  void thePictureIsAPngOfTheMapsWidth() throws Exception {
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(WarningMapFiles.map(result()).png()));
    assertThat(image.getWidth()).isEqualTo(WarningMapFiles.PNG_WIDTH_PX);
  }

  @Test
  void thePictureShowsTheGridWithTheLaunchAreasAndRadarsAroundIt() {
    Region grid = Region.ofCorners(51, 17, 59, 41);
    Region shown =
        WarningMapFiles.shownRegion(
            grid, List.of(Geodetic.ofDegrees(69, 4, 0), Geodetic.ofDegrees(44.9, 40.9, 0)));
    assertThat(shown).isEqualTo(new Region(42.9, 2, 71, 43));
    // Across the antimeridian: a place at 179° E beside a grid at 170° W.
    Region pacific = Region.ofCorners(50, -175, 60, -165);
    Region around = WarningMapFiles.shownRegion(pacific, List.of(Geodetic.ofDegrees(55, 179, 0)));
    assertThat(around.westDeg()).isEqualTo(177);
    assertThat(around.eastDeg()).isEqualTo(-163);
    // Places half a world apart: the grid alone.
    assertThat(WarningMapFiles.shownRegion(grid, List.of(Geodetic.ofDegrees(40, -150, 0))))
        .isEqualTo(grid);
  }
}
