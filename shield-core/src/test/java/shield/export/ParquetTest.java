package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shield.sim.ThreatOutcome;
import shield.sim.TrialOutcome;

/**
 * {@code trials.parquet}: a seeded {@code trials.csv} converted by {@link Parquet#fromCsv} and read
 * back with DuckDB holds the same rows, value for value, with the column types of {@link
 * RunFiles#TRIALS_COLUMNS}.
 */
class ParquetTest {

  private static final List<String> THREATS = List.of("raid-1", "raid-2", "lone");
  private static final List<String> BATTERIES = List.of("deveselu", "redzikowo");
  private static final int TRIALS = 400;

  @Test
  void theParquetFileHoldsTheCsvRowsWithTypedColumns(@TempDir Path dir) throws Exception {
    // A quote in the folder's name: the paths reach DuckDB as SQL literals.
    Path folder = Files.createDirectories(dir.resolve("run's files"));
    Path csv = folder.resolve("trials.csv");
    Path parquet = folder.resolve("trials.parquet");
    writeTrials(csv);
    Parquet.fromCsv(csv, parquet, RunFiles.TRIALS_COLUMNS);

    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1 + TRIALS * THREATS.size());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      Map<String, String> types = new LinkedHashMap<>();
      try (PreparedStatement describe =
              db.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)");
          ResultSet rs = query(describe, parquet)) {
        while (rs.next()) {
          types.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
      assertThat(types).containsExactlyEntriesOf(RunFiles.TRIALS_COLUMNS);

      List<String> rows = new ArrayList<>();
      try (PreparedStatement select = db.prepareStatement("SELECT * FROM read_parquet(?)");
          ResultSet rs = query(select, parquet)) {
        while (rs.next()) {
          rows.add(csvRow(rs));
        }
      }
      assertThat(rows).containsExactlyElementsOf(lines.subList(1, lines.size()));

      try (PreparedStatement count =
              db.prepareStatement(
                  "SELECT count(*), count(killer_battery), sum(interceptors_fired)"
                      + " FROM read_parquet(?) WHERE killed");
          ResultSet rs = query(count, parquet)) {
        rs.next();
        long killedRows = lines.stream().filter(l -> l.split(",", -1)[6].equals("true")).count();
        assertThat(rs.getLong(1)).isEqualTo(killedRows).isPositive();
        assertThat(rs.getLong(2)).as("a destroyed threat names its killer").isEqualTo(killedRows);
      }
    }
  }

  @Test
  void aFieldOfTheWrongTypeIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("trials.csv");
    Files.writeString(
        csv, RunFiles.TRIALS_HEADER + "\n0,0,raid-1,maybe,true,1,true,deveselu,600.000\n");
    assertThatThrownBy(
            () -> Parquet.fromCsv(csv, dir.resolve("trials.parquet"), RunFiles.TRIALS_COLUMNS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(csv.toString());
  }

  private static ResultSet query(PreparedStatement statement, Path parquet) throws SQLException {
    statement.setString(1, parquet.toString());
    return statement.executeQuery();
  }

  /** A Parquet row written back as trials.csv writes it. */
  private static String csvRow(ResultSet rs) throws SQLException {
    String killer = rs.getString("killer_battery");
    return String.join(
        ",",
        String.valueOf(rs.getInt("trial")),
        String.valueOf(rs.getInt("sensing_draw")),
        rs.getString("threat"),
        String.valueOf(rs.getBoolean("detected")),
        String.valueOf(rs.getBoolean("firm_tracked")),
        String.valueOf(rs.getInt("interceptors_fired")),
        String.valueOf(rs.getBoolean("killed")),
        killer == null ? "" : killer,
        String.format(java.util.Locale.ROOT, "%.3f", rs.getDouble("end_time_s")));
  }

  /** Seeded outcomes: every combination of the flags occurs among 400 trials of three threats. */
  private static void writeTrials(Path csv) throws IOException {
    SplittableRandom rng = new SplittableRandom(11);
    try (RunFiles.TrialsCsv out =
        new RunFiles.TrialsCsv(
            THREATS, BATTERIES, Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
      for (int trial = 0; trial < TRIALS; trial++) {
        List<ThreatOutcome> threats = new ArrayList<>();
        int[] fired = new int[BATTERIES.size()];
        int[] kills = new int[BATTERIES.size()];
        for (int i = 0; i < THREATS.size(); i++) {
          boolean detected = rng.nextBoolean();
          boolean firm = detected && rng.nextBoolean();
          int shots = firm ? rng.nextInt(4) : 0;
          boolean killed = shots > 0 && rng.nextBoolean();
          int killer = killed ? rng.nextInt(BATTERIES.size()) : -1;
          if (killed) {
            fired[killer] += shots;
            kills[killer]++;
          }
          threats.add(
              new ThreatOutcome(detected, firm, shots, killed, killer, rng.nextDouble(100, 1500)));
        }
        out.append(List.of(new TrialOutcome(trial, trial % 4, threats, fired, kills)));
      }
    }
  }
}
