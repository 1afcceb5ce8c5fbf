package shield.engage;

/**
 * Where in a missile's flight an interceptor type fights, outermost first: a layered defence gives
 * each threat to an outer layer before an inner one, and an inner layer takes the leakers.
 */
public enum Layer {
  /** Exo-atmospheric, in the threat's midcourse (SM-3, GBI). */
  MIDCOURSE,
  /** High in the terminal phase, inside and just above the atmosphere (THAAD). */
  UPPER_TERMINAL,
  /** Low in the terminal phase, inside the atmosphere (PAC-3). */
  LOWER_TERMINAL
}
