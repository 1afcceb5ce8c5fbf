package shield.track;

/**
 * Something that happened to a track at a fusion node.
 *
 * @param nodeTimeS when the node knew it: the arrival time of the measurements that caused it, or
 *     the time the node advanced to (s from the scenario epoch)
 * @param trackId the track's number
 * @param kind what happened
 * @param estimate the track's estimate just after it happened
 * @param truthIndex the track's majority truth at that moment (scoring only)
 */
public record TrackEvent(
    double nodeTimeS, long trackId, Kind kind, TrackEstimate estimate, int truthIndex) {

  /** The kinds of track events. */
  public enum Kind {
    /** A measurement that no track took started a tentative track. */
    INITIATED,
    /** M of the last N looks were hits: the track is confirmed. */
    CONFIRMED,
    /** A confirmed track became firm (fire-control quality). */
    FIRM,
    /** A firm track's position uncertainty grew past the firm threshold again. */
    DEGRADED,
    /** A tentative track could no longer reach M of N hits and was deleted. */
    DROPPED,
    /** A track was not updated for longer than the maximum coast and was deleted. */
    LOST
  }
}
