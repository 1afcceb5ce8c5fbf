package shield.track;

/** Where a track stands in its life. */
public enum TrackStatus {
  /** Initiated, not yet confirmed by M of N looks. */
  TENTATIVE,
  /** Confirmed, but its position is not yet known well enough for fire control. */
  CONFIRMED,
  /** Confirmed, and the largest 1σ axis of its position covariance is below the firm threshold. */
  FIRM,
  /** Deleted: not updated for too long, or a tentative track that failed confirmation. */
  LOST
}
