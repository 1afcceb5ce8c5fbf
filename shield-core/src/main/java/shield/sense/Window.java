package shield.sense;

/**
 * An interval of a flight during which a radar can see the object.
 *
 * @param startS first time of the interval (s from the scenario epoch)
 * @param endS last time of the interval (s from the scenario epoch, ≥ startS)
 */
public record Window(double startS, double endS) {

  public Window {
    if (!(startS <= endS)) {
      throw new IllegalArgumentException(
          "a window must not end before it starts, got [" + startS + ", " + endS + "] s");
    }
  }

  /** Length of the interval (s). */
  public double durationS() {
    return endS - startS;
  }

  /** Whether a time lies within the interval, ends included. */
  public boolean contains(double timeS) {
    return timeS >= startS && timeS <= endS;
  }
}
