package shield.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunResult;
import shield.sim.RunSettings;
import shield.sim.RunSummary;

/**
 * report.html of a small seeded run (the engine tests' defended scenario, whose description and
 * ship station are given markup to show): well-formed, self-contained, every text escaped, and its
 * figures the ones of summary.json. The map is a stand-in picture here; the real map is checked in
 * Chromium by the CLI's {@code ReportInChromiumTest}. The page checked is left in {@code
 * target/RunReportTest.html} to look at.
 */
class RunReportTest {

  private static final String SCENARIO = "/shield/sim/defence.yaml";
  private static final String HOSTILE_DESCRIPTION =
      "<script>alert('x')</script> & <img src=x onerror=alert(1)> \"quoted\"";
  private static final String HOSTILE_PLACE = "Ship <b>bold</b> & co";

  private static RunResult result;
  private static String html;
  private static Document dom;
  private static JsonNode summaryJson;

  @BeforeAll
  static void run() throws Exception {
    String yaml;
    try (InputStream in = RunReportTest.class.getResourceAsStream(SCENARIO)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    yaml =
        yaml.replace("name: defence\n", "name: defence\ndescription: '" + quoteYaml() + "'\n")
            .replace("\"Aegis ship, western Black Sea (notional)\"", "'" + HOSTILE_PLACE + "'");
    Scenario scenario =
        ScenarioLoader.load(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
            "defence.yaml",
            Catalog.builtIn());
    result =
        new MonteCarlo(scenario, new RunSettings(300, 7, 2, 2, "greedy"))
            .run(new RunListener() {}, () -> false);
    html = write(result);
    Files.writeString(Path.of("target", "RunReportTest.html"), html);
    dom = parse(html);
    StringWriter json = new StringWriter();
    RunFiles.writeSummary(result.summary(), json);
    summaryJson = new ObjectMapper().readTree(json.toString());
  }

  private static String quoteYaml() {
    return HOSTILE_DESCRIPTION.replace("'", "''");
  }

  @Test
  void isWellFormedMarkupWithTheReportsParts() {
    Element root = dom.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("html");
    assertThat(texts("h2"))
        .containsExactly(
            "Results", "Per threat", "Assets, batteries and layers", "Trial 0", "Scenario");
    List<Element> plots = new ArrayList<>();
    for (Element svg : elements("svg")) {
      if (svg.getAttribute("class").equals("plot")) {
        plots.add(svg);
      }
    }
    assertThat(plots).hasSize(4);
    for (Element plot : plots) {
      assertThat(plot.getAttribute("aria-label")).isNotBlank();
      assertThat(plot.getElementsByTagName("title").getLength()).isGreaterThan(1);
    }
    assertThat(elements("img"))
        .singleElement()
        .satisfies(
            img -> {
              assertThat(img.getAttribute("class")).isEqualTo("map");
              assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,");
              assertThat(img.getAttribute("alt")).isNotBlank();
            });
    assertThat(rows("per-threat")).hasSize(result.summary().perThreat().size());
    assertThat(rows("threat-list")).hasSize(result.plan().scenario().threats().size());
  }

  @Test
  void loadsNothingFromOutside() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("http:").doesNotContain("https:");
    assertThat(lower).doesNotContain("<script").doesNotContain("<link").doesNotContain("url(");
    assertThat(lower).contains("content-security-policy").contains("default-src 'none'");
    for (Element img : elements("img")) {
      assertThat(img.getAttribute("src")).startsWith("data:");
    }
  }

  @Test
  void scenarioTextIsEscaped() {
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img src=x")
        .doesNotContain("<b>bold</b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ");
    Element header = elements("header").get(0);
    assertThat(header.getElementsByTagName("p").item(0).getTextContent())
        .isEqualTo(HOSTILE_DESCRIPTION);
    assertThat(dom.getElementsByTagName("b").getLength()).isZero();
    assertThat(html).contains("Ship &lt;b&gt;bold&lt;/b&gt; &amp; co");
  }

  /** Oracle: summary.json of the same run, formatted as shield run prints it; exact. */
  @Test
  void figuresAreThoseOfSummaryJson() {
    assertThat(byId("p-no-leak").getTextContent())
        .isEqualTo(fixed(summaryJson.at("/p_no_leak/value"), 3));
    assertThat(byId("leakers-mean").getTextContent())
        .isEqualTo(fixed(summaryJson.get("leakers_mean"), 2));
    assertThat(byId("interceptors-mean").getTextContent())
        .isEqualTo(fixed(summaryJson.get("interceptors_fired_mean"), 2));
    List<List<String>> threats = rows("per-threat");
    for (int i = 0; i < threats.size(); i++) {
      JsonNode t = summaryJson.get("per_threat").get(i);
      List<String> row = threats.get(i);
      assertThat(row.get(0)).isEqualTo(t.get("id").asText());
      assertThat(row.get(3)).isEqualTo(fixed(t.at("/p_detected/value"), 3));
      assertThat(row.get(4)).isEqualTo(fixed(t.at("/p_firm_track/value"), 3));
      assertThat(row.get(5)).isEqualTo(fixed(t.at("/p_engaged/value"), 3));
      assertThat(row.get(6)).isEqualTo(fixed(t.at("/p_killed/value"), 3));
      assertThat(row.get(7))
          .isEqualTo(
              "["
                  + fixed(t.at("/p_killed/ci95/0"), 3)
                  + ", "
                  + fixed(t.at("/p_killed/ci95/1"), 3)
                  + "]");
      assertThat(row.get(9)).isEqualTo(fixed(t.get("interceptors_mean"), 2));
    }
    List<List<String>> batteries = rows("per-battery");
    for (int i = 0; i < batteries.size(); i++) {
      JsonNode b = summaryJson.get("per_battery").get(i);
      List<String> row = batteries.get(i);
      assertThat(row.get(0)).isEqualTo(b.get("id").asText());
      assertThat(row.get(3)).isEqualTo(b.get("inventory").asText());
      assertThat(row.get(4)).isEqualTo(fixed(b.get("fired_mean"), 2));
      assertThat(row.get(5)).isEqualTo(fixed(b.get("kills_mean"), 2));
      assertThat(row.get(6)).isEqualTo(fixed(b.at("/p_emptied/value"), 3));
    }
    List<List<String>> assets = rows("per-asset");
    for (int i = 0; i < assets.size(); i++) {
      JsonNode a = summaryJson.get("per_asset").get(i);
      assertThat(assets.get(i).get(3)).isEqualTo(fixed(a.at("/p_survived/value"), 3));
    }
    assertThat(rows("per-layer")).hasSize(summaryJson.get("per_layer").size());
  }

  /** The histogram's tooltips count the trials of summary.json's leakers distribution. */
  @Test
  void histogramBarsCountTheTrialsOfEachNumberOfLeakers() {
    List<String> tooltips = new ArrayList<>();
    for (Element rect : elements("rect")) {
      NodeList title = rect.getElementsByTagName("title");
      if (title.getLength() == 1 && title.item(0).getTextContent().contains(" leaker")) {
        tooltips.add(title.item(0).getTextContent());
      }
    }
    JsonNode distribution = summaryJson.get("leakers_distribution");
    assertThat(tooltips).hasSize(distribution.size());
    for (int k = 0; k < distribution.size(); k++) {
      assertThat(tooltips.get(k))
          .startsWith(
              k
                  + " leaker"
                  + (k == 1 ? "" : "s")
                  + ": "
                  + distribution.get(k).get("trials").asLong()
                  + " of 300 trials");
    }
  }

  @Test
  void partialRunIsMarked() throws Exception {
    RunSummary s = result.summary();
    RunSummary partial =
        new RunSummary(
            s.scenario(),
            s.seed(),
            1000,
            s.trials(),
            true,
            s.sensingDraws(),
            s.assignment(),
            s.noLeak(),
            s.leakersMean(),
            s.leakersHistogram(),
            s.interceptorsFiredMean(),
            s.perThreat(),
            s.perAsset(),
            s.perBattery(),
            s.perLayer());
    String page = write(new RunResult(partial, result.firstTrial(), result.plan()));
    parse(page);
    assertThat(page).contains("id=\"partial\"").contains("stopped after 300 of 1000 trials");
    assertThat(html).doesNotContain("id=\"partial\"");
  }

  private static String write(RunResult r) throws IOException {
    BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    StringWriter out = new StringWriter();
    RunReport.write(r, png.toByteArray(), out);
    return out.toString();
  }

  private static Document parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
  }

  private static String fixed(JsonNode number, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", number.asDouble());
  }

  private static Element byId(String id) {
    for (Element e : elements("*")) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  private static List<Element> elements(String tag) {
    NodeList nodes = dom.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<String> texts(String tag) {
    return elements(tag).stream().map(Element::getTextContent).toList();
  }

  /** The cells of each body row of a table, as text. */
  private static List<List<String>> rows(String tableId) {
    Element table = byId(tableId);
    Element body = (Element) table.getElementsByTagName("tbody").item(0);
    NodeList trs = body.getElementsByTagName("tr");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < trs.getLength(); i++) {
      NodeList tds = ((Element) trs.item(i)).getElementsByTagName("td");
      List<String> cells = new ArrayList<>();
      for (int j = 0; j < tds.getLength(); j++) {
        cells.add(tds.item(j).getTextContent());
      }
      rows.add(cells);
    }
    return rows;
  }
}
