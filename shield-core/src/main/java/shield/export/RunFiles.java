package shield.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shield.engage.Layer;
import shield.sim.Proportion;
import shield.sim.RunSummary;
import shield.sim.SimEvent;
import shield.sim.ThreatOutcome;
import shield.sim.TrialOutcome;

/**
 * A Monte Carlo run as data: the summary as a JSON tree, every trial as CSV rows written while the
 * run goes on, and the first trial's event log as JSON lines.
 *
 * <p>Probabilities and means are rounded to 1e-6, times to 0.001 s; a probability is an object
 * {@code {value, ci95: [low, high], successes, trials}} with its Wilson 95% interval; its value and
 * interval are null when no trial finished. Layers and event kinds are lowercase words ({@code
 * upper_terminal}, {@code interceptor_launch}).
 */
public final class RunFiles {

  /**
   * The columns of {@code trials.csv}, in order, with the SQL types that {@code trials.parquet}
   * gives them: the trial's number, its sensing draw, the threat's id, whether the defence detected
   * it, firmly tracked it, how many interceptors it fired at it, whether it destroyed it and with
   * which battery's interceptor (null if not), and when the threat's flight ended (s from the
   * epoch).
   */
  public static final Map<String, String> TRIALS_COLUMNS = trialsColumns();

  /** The header of {@code trials.csv}. */
  public static final String TRIALS_HEADER = String.join(",", TRIALS_COLUMNS.keySet());

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private RunFiles() {}

  /** The summary as a tree of maps and lists, in the order of {@code summary.json}. */
  public static Map<String, Object> summaryJson(RunSummary s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", s.scenario());
    root.put("trials", s.trials());
    root.put("trials_requested", s.trialsRequested());
    root.put("partial", s.partial());
    root.put("seed", s.seed());
    root.put("sensing_draws", s.sensingDraws());
    root.put("assignment", s.assignment());
    root.put("p_no_leak", probability(s.noLeak()));
    root.put("leakers_mean", round(s.leakersMean()));
    List<Object> distribution = new ArrayList<>();
    long[] histogram = s.leakersHistogram();
    for (int leakers = 0; leakers < histogram.length; leakers++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("leakers", leakers);
      m.put("trials", histogram[leakers]);
      m.put("fraction", s.trials() == 0 ? null : round((double) histogram[leakers] / s.trials()));
      distribution.add(m);
    }
    root.put("leakers_distribution", distribution);
    root.put("interceptors_fired_mean", round(s.interceptorsFiredMean()));

    List<Object> threats = new ArrayList<>();
    for (RunSummary.ThreatStats t : s.perThreat()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.threatId());
      m.put("missile", t.missileId());
      m.put("asset", t.assetId().isEmpty() ? null : t.assetId());
      m.put("p_detected", probability(t.detected()));
      m.put("p_firm_track", probability(t.firmTracked()));
      m.put("p_engaged", probability(t.engaged()));
      m.put("p_killed", probability(t.killed()));
      Map<String, Object> byLayer = new LinkedHashMap<>();
      for (Layer layer : Layer.values()) {
        byLayer.put(name(layer), probability(t.killedByLayer().get(layer.ordinal())));
      }
      m.put("p_killed_by_layer", byLayer);
      m.put("interceptors_mean", round(t.interceptorsMean()));
      threats.add(m);
    }
    root.put("per_threat", threats);

    List<Object> assets = new ArrayList<>();
    for (RunSummary.AssetStats a : s.perAsset()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.assetId());
      m.put("value", a.value());
      m.put("threats", a.threatsAimed());
      m.put("p_survived", probability(a.survived()));
      m.put("leakers_mean", round(a.leakersMean()));
      assets.add(m);
    }
    root.put("per_asset", assets);

    List<Object> batteries = new ArrayList<>();
    for (RunSummary.BatteryStats b : s.perBattery()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", b.batteryId());
      m.put("interceptor", b.interceptorId());
      m.put("layer", name(b.layer()));
      m.put("inventory", b.inventory());
      m.put("fired_mean", round(b.firedMean()));
      m.put("kills_mean", round(b.killsMean()));
      m.put("p_emptied", probability(b.emptied()));
      batteries.add(m);
    }
    root.put("per_battery", batteries);

    List<Object> layers = new ArrayList<>();
    for (RunSummary.LayerStats l : s.perLayer()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("layer", name(l.layer()));
      m.put("fired_mean", round(l.firedMean()));
      m.put("kills_mean", round(l.killsMean()));
      layers.add(m);
    }
    root.put("per_layer", layers);
    return root;
  }

  /** Writes {@code summary.json}: the summary's tree, indented, with a final newline. */
  public static void writeSummary(RunSummary summary, Writer out) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, summaryJson(summary));
    out.write('\n');
  }

  /**
   * Writes {@code events.jsonl}: one JSON object per event, {@code {time_s, kind, threat, battery,
   * detail}}, with null for an empty threat, battery or detail.
   */
  public static void writeEvents(List<SimEvent> events, Writer out) throws IOException {
    for (SimEvent e : events) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("time_s", round(e.timeS(), 3));
      m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
      m.put("threat", emptyToNull(e.threatId()));
      m.put("battery", emptyToNull(e.batteryId()));
      m.put("detail", emptyToNull(e.detail()));
      out.write(JSON.writeValueAsString(m));
      out.write('\n');
    }
  }

  /**
   * {@code trials.csv} written as the trials finish, so that a run of any length holds no more than
   * one block of outcomes: one row per trial and threat, in trial order and the scenario's threat
   * order. Booleans are {@code true}/{@code false}; {@code killer_battery} is empty for a threat
   * that was not destroyed.
   */
  public static final class TrialsCsv implements Closeable {

    private final List<String> threatIds;
    private final List<String> batteryIds;
    private final Writer out;

    /**
     * Writes the header.
     *
     * @param threatIds the scenario's threat ids, in its order
     * @param batteryIds the scenario's battery ids, in its order
     * @param out where to write; closed by {@link #close()}
     */
    public TrialsCsv(List<String> threatIds, List<String> batteryIds, Writer out)
        throws IOException {
      this.threatIds = List.copyOf(threatIds);
      this.batteryIds = List.copyOf(batteryIds);
      this.out = out;
      out.write(TRIALS_HEADER);
      out.write('\n');
    }

    /** Appends the rows of a block of trials. */
    public void append(List<TrialOutcome> block) throws IOException {
      StringBuilder rows = new StringBuilder();
      for (TrialOutcome trial : block) {
        if (trial.threats().size() != threatIds.size()) {
          throw new IllegalArgumentException(
              "trial "
                  + trial.trial()
                  + " has "
                  + trial.threats().size()
                  + " threats, the scenario "
                  + threatIds.size());
        }
        for (int i = 0; i < threatIds.size(); i++) {
          ThreatOutcome t = trial.threats().get(i);
          rows.append(trial.trial())
              .append(',')
              .append(trial.sensingDraw())
              .append(',')
              .append(threatIds.get(i))
              .append(',')
              .append(t.detected())
              .append(',')
              .append(t.firmTracked())
              .append(',')
              .append(t.interceptorsFired())
              .append(',')
              .append(t.killed())
              .append(',')
              .append(t.killerBattery() < 0 ? "" : batteryIds.get(t.killerBattery()))
              .append(',')
              .append(String.format(Locale.ROOT, "%.3f", t.endTimeS()))
              .append('\n');
        }
      }
      out.write(rows.toString());
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private static Map<String, String> trialsColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("trial", "INTEGER");
    columns.put("sensing_draw", "INTEGER");
    columns.put("threat", "VARCHAR");
    columns.put("detected", "BOOLEAN");
    columns.put("firm_tracked", "BOOLEAN");
    columns.put("interceptors_fired", "INTEGER");
    columns.put("killed", "BOOLEAN");
    columns.put("killer_battery", "VARCHAR");
    columns.put("end_time_s", "DOUBLE");
    return Collections.unmodifiableMap(columns);
  }

  /** A proportion as {@code {value, ci95: [low, high], successes, trials}}. */
  private static Map<String, Object> probability(Proportion p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(p.value()));
    m.put("ci95", Arrays.asList(round(p.low95()), round(p.high95())));
    m.put("successes", p.successes());
    m.put("trials", p.trials());
    return m;
  }

  /** A layer's name in files, e.g. {@code upper_terminal}. */
  public static String name(Layer layer) {
    return layer.name().toLowerCase(Locale.ROOT);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Double round(double value) {
    return round(value, 6);
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
