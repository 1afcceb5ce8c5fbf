package shield.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error, only when it is a terminal: piped or redirected output (and so
 * every test) sees nothing of it.
 */
final class TerminalProgress implements AutoCloseable {
  private final String task;
  private final long steps;
  private final boolean terminal = System.console() != null;
  private ProgressBar bar;

  private TerminalProgress(String task, long steps) {
    this.task = task;
    this.steps = steps;
  }

  /** A bar of {@code steps} steps named {@code task}, shown at once. */
  static TerminalProgress started(String task, long steps) {
    TerminalProgress progress = new TerminalProgress(task, steps);
    progress.start();
    return progress;
  }

  /**
   * Says on the terminal what is being prepared; the bar waits for {@link #start}, because the
   * preparation has no steps of its own to count.
   */
  static TerminalProgress preparing(String message, String task, long steps) {
    TerminalProgress progress = new TerminalProgress(task, steps);
    if (progress.terminal) {
      System.err.println(message);
    }
    return progress;
  }

  /** Shows the bar, if on a terminal. */
  void start() {
    if (terminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(steps)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .showSpeed()
              .build();
    }
  }

  /** One step done. */
  void step() {
    stepBy(1);
  }

  /** {@code n} steps done. */
  void stepBy(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  /** Shows {@code message} beside the bar (what it is counting now). */
  void note(String message) {
    if (bar != null) {
      bar.setExtraMessage(message);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
