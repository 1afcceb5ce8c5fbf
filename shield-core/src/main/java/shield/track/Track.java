package shield.track;

/**
 * A snapshot of one track at a fusion node.
 *
 * @param id the track's number, unique within its node
 * @param status where it stands
 * @param estimate its latest state estimate (at the time of its latest measurement)
 * @param truthIndex the threat most of its measurements came from (scoring only; the tracker never
 *     looks at it)
 * @param updates the number of measurements it holds, its initiation included
 * @param truthUpdates how many of them came from {@code truthIndex} (scoring only: the track's
 *     purity is truthUpdates / updates)
 */
public record Track(
    long id,
    TrackStatus status,
    TrackEstimate estimate,
    int truthIndex,
    int updates,
    int truthUpdates) {

  /** The fraction of the track's measurements that came from its majority truth (scoring only). */
  public double purity() {
    return (double) truthUpdates / updates;
  }
}
