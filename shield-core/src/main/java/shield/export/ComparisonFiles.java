package shield.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import shield.analysis.ComparisonResult;
import shield.analysis.ComparisonResult.Estimate;
import shield.analysis.ComparisonResult.Metric;
import shield.analysis.Difference;

/**
 * A comparison of two scenarios as data: {@code compare.json}, a tree with one entry per metric,
 * and {@code compare.csv}, one row per metric.
 *
 * <p>Values and intervals are rounded to 1e-6, p-values to 1e-9 and design effects to 1e-3; a value
 * a side does not have, and an interval that is undefined, is null in JSON and empty in CSV.
 * Groups, kinds and tests are lowercase words ({@code threat}, {@code proportion}, {@code
 * welch_t}).
 */
public final class ComparisonFiles {

  /** The header of {@code compare.csv}. */
  public static final String CSV_HEADER =
      "group,id,metric,kind,a,a_low95,a_high95,a_design_effect,b,b_low95,b_high95,b_design_effect,"
          + "difference,difference_low95,difference_high95,p_value,test,significant,"
          + "significant_holm";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ComparisonFiles() {}

  /** The comparison as a tree of maps and lists, in the order of {@code compare.json}. */
  public static Map<String, Object> json(ComparisonResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario_a", r.scenarioA());
    root.put("scenario_b", r.scenarioB());
    root.put("trials", r.trials());
    root.put("seed", r.seed());
    root.put("common_random_numbers", true);
    root.put("sensing_draws", r.sensingDraws());
    root.put("assignment", r.assignment());
    Map<String, Object> tests = new LinkedHashMap<>();
    tests.put("proportion", name(Difference.Test.NEWCOMBE_HYBRID_SCORE));
    tests.put("mean", name(Difference.Test.WELCH_T));
    tests.put("multiple_comparisons", "holm");
    tests.put("family_wise_alpha", ComparisonResult.HOLM_ALPHA);
    root.put("tests", tests);
    root.put("metrics_tested", r.holmFamilySize());
    root.put("significant", r.significantCount());
    root.put("significant_holm", r.holmSignificantCount());
    List<Object> metrics = new ArrayList<>();
    for (Metric m : r.metrics()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("group", name(m.group()));
      x.put("id", m.id().isEmpty() ? null : m.id());
      x.put("metric", m.name());
      x.put("kind", name(m.kind()));
      x.put("a", m.a().map(ComparisonFiles::estimate).orElse(null));
      x.put("b", m.b().map(ComparisonFiles::estimate).orElse(null));
      x.put("difference", m.difference().map(ComparisonFiles::difference).orElse(null));
      x.put("significant", m.significant());
      x.put("significant_holm", m.significantAfterHolm());
      metrics.add(x);
    }
    root.put("metrics", metrics);
    return root;
  }

  /** Writes {@code compare.json}: the tree, indented, with a final newline. */
  public static void writeJson(ComparisonResult r, Writer out) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, json(r));
    out.write('\n');
  }

  /** Writes {@code compare.csv}: the header, then one row per metric in the result's order. */
  public static void writeCsv(ComparisonResult r, Writer out) throws IOException {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
    for (Metric m : r.metrics()) {
      List<String> cells = new ArrayList<>();
      cells.add(name(m.group()));
      cells.add(m.id());
      cells.add(m.name());
      cells.add(name(m.kind()));
      estimateCells(m.a(), cells);
      estimateCells(m.b(), cells);
      Optional<Difference> d = m.difference();
      cells.add(d.map(x -> cell(x.value(), 6)).orElse(""));
      cells.add(d.map(x -> cell(x.low95(), 6)).orElse(""));
      cells.add(d.map(x -> cell(x.high95(), 6)).orElse(""));
      cells.add(d.map(x -> cell(x.pValue(), 9)).orElse(""));
      cells.add(d.map(x -> name(x.test())).orElse(""));
      cells.add(Boolean.toString(m.significant()));
      cells.add(Boolean.toString(m.significantAfterHolm()));
      csv.append(String.join(",", cells)).append('\n');
    }
    out.write(csv.toString());
  }

  private static void estimateCells(Optional<Estimate> e, List<String> cells) {
    cells.add(e.map(x -> cell(x.value(), 6)).orElse(""));
    cells.add(e.map(x -> cell(x.low95(), 6)).orElse(""));
    cells.add(e.map(x -> cell(x.high95(), 6)).orElse(""));
    cells.add(e.map(x -> cell(x.designEffect(), 3)).orElse(""));
  }

  private static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(e.value(), 6));
    m.put("ci95", interval(e.low95(), e.high95()));
    m.put("design_effect", round(e.designEffect(), 3));
    return m;
  }

  private static Map<String, Object> difference(Difference d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(d.value(), 6));
    m.put("ci95", interval(d.low95(), d.high95()));
    m.put("p_value", round(d.pValue(), 9));
    m.put("test", name(d.test()));
    return m;
  }

  private static List<Double> interval(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? null : List.of(round(low, 6), round(high, 6));
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String cell(double value, int decimals) {
    Double r = round(value, decimals);
    return r == null ? "" : BigDecimal.valueOf(r).toPlainString();
  }

  /** The value rounded to some decimals, or null for NaN, which JSON cannot hold. */
  private static Double round(double value, int decimals) {
    if (Double.isNaN(value)) {
      return null;
    }
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }
}
