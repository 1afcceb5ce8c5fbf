package shield.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import shield.flight.Trajectory;

/**
 * The times of a trajectory as exports write them: samples in strictly increasing time, and UTC.
 */
final class Timeline {

  private static final DateTimeFormatter MILLISECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final double NS_PER_S = 1e9;

  private Timeline() {}

  /**
   * Returns the indices of the samples to write: all of them except the second of two samples at
   * the same time, which the ephemeris keeps at staging for the acceleration's jump but which has
   * the same position and velocity.
   */
  static int[] distinctSamples(Trajectory trajectory) {
    int[] out = new int[trajectory.sampleCount()];
    int n = 0;
    for (int i = 0; i < trajectory.sampleCount(); i++) {
      if (n == 0 || trajectory.sampleTimeS(i) > trajectory.sampleTimeS(out[n - 1])) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The instant a time refers to, to the nearest nanosecond.
   *
   * @param epoch the scenario epoch
   * @param timeS seconds from the epoch
   */
  static Instant instant(Instant epoch, double timeS) {
    return epoch.plusNanos(Math.round(timeS * NS_PER_S));
  }

  /**
   * The instant as ISO-8601 UTC with all the digits it has, e.g. {@code 2011-11-29T12:00:05.25Z}.
   */
  static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * The instant as ISO-8601 UTC rounded to the millisecond, e.g. {@code 2011-11-29T12:00:05.250Z}.
   */
  static String isoMilliseconds(Instant instant) {
    return MILLISECONDS.format(instant.plusNanos(500_000).truncatedTo(ChronoUnit.MILLIS));
  }
}
