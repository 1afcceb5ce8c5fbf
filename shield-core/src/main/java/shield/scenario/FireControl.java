package shield.scenario;

/** Whose tracks a battery may launch on and guide its interceptors with. */
public enum FireControl {
  /** Launch and guide only on a firm track of the battery's own radar. */
  OWN_RADAR,
  /**
   * Launch on a firm track of the battery's network; the intercept point must lie in the coverage
   * of the battery's own radar, which guides the interceptor to it.
   */
  LAUNCH_ON_REMOTE,
  /** Launch and guide on the network's tracks; the battery's own radar is not needed. */
  ENGAGE_ON_REMOTE
}
