package shield.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Converts a CSV file into an Apache Parquet file with typed columns, through an in-memory DuckDB
 * database (no Hadoop, no server).
 *
 * <p>DuckDB's JDBC driver carries its native library inside its jar and copies it to the temporary
 * folder the first time a JVM opens a database (about 70 MB on Linux; see docs/exports.md for the
 * cost). Columns are compressed with Zstandard.
 */
public final class Parquet {

  private Parquet() {}

  /**
   * Writes a Parquet file with a CSV file's rows.
   *
   * @param csv the CSV file: a header line, then rows separated by commas; an empty field is null
   * @param parquet the file to write (replaced if it exists)
   * @param columnTypes every column of the header, in its order, with its DuckDB SQL type ({@code
   *     BIGINT}, {@code INTEGER}, {@code DOUBLE}, {@code BOOLEAN}, {@code VARCHAR}, ...)
   * @throws IOException if a file cannot be read or written, or a field does not have its column's
   *     type
   */
  public static void fromCsv(Path csv, Path parquet, Map<String, String> columnTypes)
      throws IOException {
    String columns =
        columnTypes.entrySet().stream()
            .map(e -> literal(e.getKey()) + ": " + literal(e.getValue()))
            .collect(Collectors.joining(", ", "{", "}"));
    // COPY takes no bound parameters, so the paths are written as SQL string literals.
    String sql =
        "COPY (SELECT * FROM read_csv("
            + literal(csv.toAbsolutePath().toString())
            + ", header = true, delim = ',', quote = '\"', columns = "
            + columns
            + ")) TO "
            + literal(parquet.toAbsolutePath().toString())
            + " (FORMAT parquet, COMPRESSION zstd)";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IOException("cannot convert " + csv + " to Parquet: " + e.getMessage(), e);
    }
  }

  /** A SQL string literal: in single quotes, each single quote doubled. */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
