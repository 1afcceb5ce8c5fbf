package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The exports that {@code shield run} writes beside its summary: {@code trial0.kml} (well-formed
 * KML 2.2), {@code scenario.geojson} (a feature collection) and, with {@code --parquet}, {@code
 * trials.parquet} holding trials.csv's rows; without the flag there is no Parquet file.
 */
class RunExportsTest {

  private static final String EUROPE = Path.of("..", "scenarios", "europe-2011.yaml").toString();

  @Test
  void runWritesKmlGeoJsonAndWithTheFlagParquet(@TempDir Path dir) throws Exception {
    CommandRun run =
        CommandRun.shield(
            "run",
            EUROPE,
            "--trials",
            "30",
            "--sensing-draws",
            "2",
            "--parquet",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("trial0.kml, scenario.geojson").contains("trials.parquet");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element kml =
        factory.newDocumentBuilder().parse(dir.resolve("trial0.kml").toFile()).getDocumentElement();
    assertThat(kml.getNamespaceURI()).isEqualTo("http://www.opengis.net/kml/2.2");
    assertThat(kml.getElementsByTagNameNS("http://www.google.com/kml/ext/2.2", "Track").getLength())
        .as("one track per threat and interceptor")
        .isGreaterThan(20);

    JsonNode geoJson = new ObjectMapper().readTree(dir.resolve("scenario.geojson").toFile());
    assertThat(geoJson.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geoJson.get("features").size()).isGreaterThan(20);

    List<String> csv = Files.readAllLines(dir.resolve("trials.csv"), StandardCharsets.UTF_8);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*), count(DISTINCT trial), sum(CASE WHEN killed THEN 1 ELSE 0 END)"
                    + " FROM read_parquet(?)")) {
      count.setString(1, dir.resolve("trials.parquet").toString());
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(csv.size() - 1L).isEqualTo(30L * 20);
        assertThat(rs.getLong(2)).isEqualTo(30);
        assertThat(rs.getLong(3))
            .isEqualTo(csv.stream().filter(l -> l.split(",", -1)[6].equals("true")).count());
      }
    }
  }

  @Test
  void withoutTheFlagThereIsNoParquetFile(@TempDir Path dir) {
    CommandRun run =
        CommandRun.shield(
            "run", EUROPE, "--trials", "2", "--sensing-draws", "1", "--out", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("trials.parquet")).doesNotExist();
    assertThat(dir.resolve("trial0.kml")).exists();
    assertThat(dir.resolve("scenario.geojson")).exists();
  }
}
