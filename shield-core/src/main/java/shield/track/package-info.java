/**
 * Tracking: an extended Kalman filter on ballistic dynamics, track initiation and quality, coasting
 * and loss, global-nearest-neighbour association, and the fusion of a network's sensors at its node
 * with the network's latency.
 *
 * <p>{@link shield.track.FusionNode} is the entry point: one per network, fed {@link
 * shield.sense.Measurement}s as they arrive, it keeps {@link shield.track.Track}s and a log of
 * {@link shield.track.TrackEvent}s. Each track's filter is a two-model IMM (coast and boost) of
 * {@link shield.track.BallisticEkf}s, which run on Hipparchus's {@code ExtendedKalmanFilter}. The
 * defaults ({@link shield.track.TrackerSettings#defaults()}): 3 of 5 looks confirm, a 99.9% gate,
 * firm below 500 m (1σ, largest axis), lost after 30 s without an update.
 */
package shield.track;
