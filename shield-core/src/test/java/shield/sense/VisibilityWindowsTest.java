package shield.sense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.flight.DragCurve;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.ReentryVehicle;
import shield.flight.Stage;
import shield.flight.Trajectory;

/** Visibility windows of real flights, against a fine sampling of {@code canSee}. */
class VisibilityWindowsTest {

  private static final DragCurve BODY =
      new DragCurve(new double[] {0, 0.8, 1.1, 2, 5}, new double[] {0.2, 0.22, 0.42, 0.32, 0.22});
  private static final DragCurve CONE =
      new DragCurve(new double[] {0, 0.8, 1.2, 2, 5}, new double[] {0.2, 0.25, 0.35, 0.2, 0.12});

  /** A two-stage solid missile of about 2,000 km range (the flight tests' own test missile). */
  private static final MissileType MRBM =
      new MissileType(
          "test-2000",
          "two-stage test missile",
          List.of(
              new Stage(11000, 1900, 60, 250, 0.4, 1.25),
              new Stage(3800, 1000, 50, 265, 0.4, 1.25)),
          new ReentryVehicle(1000, Math.PI / 4, CONE),
          BODY,
          5,
          15);

  /** Fine sampling step of the check (s). */
  private static final double FINE_S = 0.05;

  /**
   * An MRBM from Tabriz towards the north-west (azimuth 310°, kick 60°, full burn), seen from
   * radars at catalog sites with faces of limited sector and elevation, so that windows open and
   * close at the horizon, at face edges and at the instrumented range. Checks: {@code canSee} holds
   * at every window's ends and fails 1.5 ms outside them (ends located to 1 ms); every sample of a
   * 50 ms grid over the flight is seen exactly when it lies in a window (none missed, none
   * invented), except within 2 ms of an end.
   */
  @ParameterizedTest
  @CsvSource({
    // site, lat, lon, height (m), face boresight (deg), half-width (deg), min el, max el, k
    "kurecik, 38.3494, 37.7936, 2085, 60, 60, 0.5, 85, 1.3333333333333333",
    "armavir, 44.93, 40.98, 100, 180, 60, 2, 70, 1.3333333333333333",
    "yerevan, 40.18, 44.51, 1000, 300, 40, 5, 30, 1",
    "gabala, 40.87, 47.80, 100, 300, 30, 2, 40, 1.3333333333333333",
    "under-the-path, 41.0, 42.5, 0, 0, 180, 5, 30, 1.3333333333333333"
  })
  void windowsAreWhereCanSeeHolds(
      String site,
      double lat,
      double lon,
      double heightM,
      double boresightDeg,
      double halfWidthDeg,
      double minElDeg,
      double maxElDeg,
      double k) {
    Trajectory flight =
        new MissileFlight(MRBM)
            .fly(
                Geodetic.ofDegrees(38.08, 46.29, 0),
                50,
                Guidance.fullBurn(Math.toRadians(310), Math.toRadians(60)));
    Radar radar =
        new Radar(
            site,
            TestRadars.xBand(),
            Geodetic.ofDegrees(lat, lon, heightM),
            List.of(
                new Face(
                    Math.toRadians(boresightDeg),
                    Math.toRadians(halfWidthDeg),
                    Math.toRadians(minElDeg),
                    Math.toRadians(maxElDeg))),
            k);
    List<Window> windows = radar.visibilityWindows(flight);
    assertThat(windows).isNotEmpty();
    for (int i = 0; i < windows.size(); i++) {
      Window w = windows.get(i);
      assertThat(seen(radar, flight, w.startS())).isTrue();
      assertThat(seen(radar, flight, w.endS())).isTrue();
      if (w.startS() > flight.startTimeS()) {
        assertThat(seen(radar, flight, w.startS() - 1.5e-3)).isFalse();
      }
      if (w.endS() < flight.endTimeS()) {
        assertThat(seen(radar, flight, w.endS() + 1.5e-3)).isFalse();
      }
      if (i > 0) {
        assertThat(w.startS()).isGreaterThan(windows.get(i - 1).endS());
      }
    }
    int samples = 0;
    int steps = (int) Math.floor(flight.durationS() / FINE_S);
    for (int j = 0; j <= steps; j++) {
      double t = flight.startTimeS() + j * FINE_S;
      if (nearAnEnd(windows, t)) {
        continue;
      }
      boolean inside = windows.stream().anyMatch(w -> w.contains(t));
      assertThat(seen(radar, flight, t)).as("%s at %.3f s", site, t).isEqualTo(inside);
      samples++;
    }
    Validation.record(
        "visibility windows, MRBM from Tabriz seen from " + site,
        "fine sampling of canSee every 50 ms",
        "windows where canSee holds",
        String.format(
            Locale.ROOT,
            "%d window(s) %s agree at %d samples; ends within 1 ms",
            windows.size(),
            describe(windows),
            samples),
        "1 ms at the ends");
  }

  private static boolean seen(Radar radar, Trajectory flight, double t) {
    return radar.canSee(flight.positionEcef(t));
  }

  private static boolean nearAnEnd(List<Window> windows, double t) {
    return windows.stream()
        .anyMatch(w -> Math.abs(t - w.startS()) < 2e-3 || Math.abs(t - w.endS()) < 2e-3);
  }

  private static String describe(List<Window> windows) {
    StringBuilder b = new StringBuilder();
    for (Window w : windows) {
      b.append(String.format(Locale.ROOT, "[%.3f, %.3f] s ", w.startS(), w.endS()));
    }
    return b.toString().trim();
  }
}
