package shield.cli;

/**
 * A mistake in what the user gave: printed as one line, with no stack trace, and the command exits
 * with {@link #exitCode()} (2 for bad input unless said otherwise).
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A bad-input error (exit code 2); the message names the flag or key and what is valid. */
  public UserInputException(String message) {
    this(message, Shield.EXIT_BAD_INPUT);
  }

  /** An error with its own exit code. */
  public UserInputException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
