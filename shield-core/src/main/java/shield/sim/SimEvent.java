package shield.sim;

/**
 * One entry of a trial's event log.
 *
 * @param timeS when it happened (s from the epoch)
 * @param kind what happened
 * @param threatId the threat concerned, or empty
 * @param batteryId the battery concerned, or empty
 * @param detail further facts in words, e.g. the network and the track's σ; may be empty
 */
public record SimEvent(double timeS, Kind kind, String threatId, String batteryId, String detail) {

  /** The kinds of events, in the order in which they are logged when they share a time. */
  public enum Kind {
    /** A threat left its launcher. */
    THREAT_LAUNCH,
    /** A network first received a report of a threat. */
    DETECTION,
    /** A network first held a firm track of a threat. */
    FIRM_TRACK,
    /** The battle manager ordered interceptors at a threat. */
    FIRE_ORDER,
    /** An interceptor left its launcher. */
    INTERCEPTOR_LAUNCH,
    /** An interceptor destroyed its threat. */
    KILL,
    /** An interceptor missed, or arrived after its threat was already destroyed. */
    MISS,
    /** The defence assessed an intercept; the detail says what it concluded. */
    KILL_ASSESSMENT,
    /** A threat reached the ground. */
    IMPACT
  }
}
