package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.flight.Trajectory;

class TrajectoryCsvTest {

  private static final Instant EPOCH = Instant.parse("2011-11-29T12:00:00Z");

  private Locale defaultLocale;

  /** A locale with a decimal comma, to check that the files do not depend on it. */
  @BeforeEach
  void useADecimalCommaLocale() {
    defaultLocale = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  @Test
  void writesOneRowPerSampleTimeToAMillimetre() throws IOException {
    Trajectory arc = CircularArc.trajectory();
    StringWriter out = new StringWriter();
    TrajectoryCsv.write(arc, EPOCH, out);
    List<String> lines = out.toString().lines().toList();

    assertThat(lines.get(0)).isEqualTo(TrajectoryCsv.SAMPLES_HEADER);
    assertThat(arc.sampleCount()).isEqualTo(32);
    assertThat(lines).hasSize(1 + 31);
    assertThat(lines.get(1)).startsWith("100.000,2011-11-29T12:01:40.000Z,");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      assertThat(f).hasSize(12);
      double t = Double.parseDouble(f[0]);
      assertThat(Instant.parse(f[1])).isEqualTo(EPOCH.plusMillis(Math.round(t * 1000)));
      double[] pv = CircularArc.stateEcef(t);
      Geodetic g = Wgs84.toGeodetic(pv[0], pv[1], pv[2]);
      // Written to 1e-9° (0.1 mm), 1e-6 km and 1 mm: half a unit of the last digit.
      assertThat(Double.parseDouble(f[2])).isCloseTo(g.latitudeDeg(), within(5e-10));
      assertThat(Double.parseDouble(f[3])).isCloseTo(g.longitudeDeg(), within(5e-10));
      assertThat(Double.parseDouble(f[4])).isCloseTo(g.heightM() / 1000, within(5e-7));
      for (int k = 0; k < 6; k++) {
        assertThat(Double.parseDouble(f[5 + k])).isCloseTo(pv[k], within(5e-4));
      }
      assertThat(Double.parseDouble(f[11]))
          .isCloseTo(CircularArc.RADIUS_M * CircularArc.RATE_RAD_S, within(5e-4));
    }
    assertThat(lines.get(lines.size() - 1)).startsWith("400.000,2011-11-29T12:06:40.000Z,");
    // At the start vx and vy are -0.0: a zero is written without a sign.
    assertThat(lines.get(1)).contains(",0.000,0.000,3239.069,").doesNotContain("-0.000");
  }

  @Test
  void roundsUtcToTheNearestMillisecond() throws IOException {
    Instant epoch = Instant.parse("2011-11-29T12:00:00.0004996Z");
    StringWriter out = new StringWriter();
    TrajectoryCsv.write(CircularArc.trajectory(), epoch, out);
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow())
        .startsWith("100.000,2011-11-29T12:01:40.000Z,");
    StringWriter later = new StringWriter();
    TrajectoryCsv.write(CircularArc.trajectory(), epoch.plusNanos(1000), later);
    assertThat(later.toString().lines().skip(1).findFirst().orElseThrow())
        .startsWith("100.000,2011-11-29T12:01:40.001Z,");
  }

  @Test
  void writesOneRowPerEventWithStagesCountedFromOne() throws IOException {
    StringWriter out = new StringWriter();
    TrajectoryCsv.writeEvents(CircularArc.trajectory(), EPOCH, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo(TrajectoryCsv.EVENTS_HEADER);
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.substring(0, l.indexOf(",2011")))
        .containsExactly(
            "launch,,100.000",
            "stage_burnout,1,160.000",
            "burnout,,160.000",
            "apogee,,250.000",
            "impact,,400.000");
    String[] apogee = lines.get(4).split(",", -1);
    assertThat(apogee).hasSize(8);
    assertThat(apogee[3]).isEqualTo("2011-11-29T12:04:10.000Z");
    double[] pv = CircularArc.stateEcef(250);
    Geodetic g = Wgs84.toGeodetic(pv[0], pv[1], pv[2]);
    assertThat(Double.parseDouble(apogee[4])).isCloseTo(g.latitudeDeg(), within(5e-10));
    assertThat(Double.parseDouble(apogee[5])).isCloseTo(24, within(5e-10));
    assertThat(Double.parseDouble(apogee[6])).isCloseTo(g.heightM() / 1000, within(5e-7));
    assertThat(Double.parseDouble(apogee[7]))
        .isCloseTo(CircularArc.RADIUS_M * CircularArc.RATE_RAD_S, within(5e-4));
  }
}
