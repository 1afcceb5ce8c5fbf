package shield.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import shield.command.Assignment;
import shield.command.BattleManager;
import shield.command.ExactAssignment;
import shield.command.GreedyAssignment;
import shield.scenario.Scenario;

/**
 * The Monte Carlo runner: many independent trials of a scenario's whole defence, and their
 * statistics.
 *
 * <p>The shared work ({@link RunPlan}: sensing draws, flyout tables, engagement opportunities) is
 * done once. Trials then run in blocks of {@value #BLOCK} on a pool of {@code threads} workers;
 * trial i draws from its own stream (seed, i) and uses sensing draw i mod sensingDraws, and blocks
 * are reduced in trial order, so the results are identical for any number of threads. Memory does
 * not grow with the number of trials: a block's outcomes are handed to the listener and folded into
 * running sums, then dropped.
 */
public final class MonteCarlo {

  /** Trials per block: the unit of parallel work, of progress reports and of stopping. */
  static final int BLOCK = 256;

  private static final int STREAM_TRIALS = 12;

  private final Scenario scenario;
  private final RunSettings settings;

  /** A run of a scenario with settings. */
  public MonteCarlo(Scenario scenario, RunSettings settings) {
    this.scenario = scenario;
    this.settings = settings;
  }

  /**
   * Prepares the shared work, then runs the trials.
   *
   * @param listener told when the work is prepared and after every block, in trial order
   * @param stopRequested polled between blocks; once it returns true the run stops and its summary
   *     is marked partial
   */
  public RunResult run(RunListener listener, BooleanSupplier stopRequested) {
    RunPlan plan = prepare();
    listener.prepared(plan);
    return run(plan, listener, stopRequested);
  }

  /** Does the shared work: sensing draws, flyout tables, engagement opportunities. */
  public RunPlan prepare() {
    return inPool(pool -> new RunPlan(scenario, settings, pool));
  }

  /**
   * Runs the trials on prepared work.
   *
   * @param plan the shared work, from {@link #prepare()} of this run
   * @param listener told after every block, in trial order
   * @param stopRequested polled between blocks; once it returns true the run stops and its summary
   *     is marked partial
   */
  public RunResult run(RunPlan plan, RunListener listener, BooleanSupplier stopRequested) {
    Assignment assignment =
        settings.assignment().equals("exact") ? new ExactAssignment() : new GreedyAssignment();
    BattleManager manager = new BattleManager(assignment);
    RunStatistics statistics = new RunStatistics(plan, settings);
    List<SimEvent> events = new ArrayList<>();
    List<Shot> shots = new ArrayList<>();
    TrialOutcome first = trial(plan, manager, 0, events, shots);
    TrialRecord firstTrial = new TrialRecord(first, events, shots);
    boolean stopped =
        inPool(
            pool -> {
              for (int start = 0; start < settings.trials(); start += BLOCK) {
                if (start > 0 && stopRequested.getAsBoolean()) {
                  return true;
                }
                int from = start;
                int to = Math.min(settings.trials(), start + BLOCK);
                List<TrialOutcome> block =
                    pool.submit(
                            () ->
                                IntStream.range(from, to)
                                    .parallel()
                                    .mapToObj(
                                        i -> i == 0 ? first : trial(plan, manager, i, null, null))
                                    .toList())
                        .get();
                block.forEach(statistics::add);
                listener.trialsDone(block);
              }
              return false;
            });
    return new RunResult(statistics.summary(stopped), firstTrial, plan);
  }

  /** Work that needs the run's worker pool. */
  private interface PoolWork<T> {
    T apply(ForkJoinPool pool) throws InterruptedException, ExecutionException;
  }

  private <T> T inPool(PoolWork<T> work) {
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      return work.apply(pool);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the run was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private TrialOutcome trial(
      RunPlan plan, BattleManager manager, int i, List<SimEvent> events, List<Shot> shots) {
    int draw = i % plan.sensingDraws();
    return new TrialRun(
            plan,
            manager,
            draw,
            RandomStreams.stream(settings.seed(), STREAM_TRIALS, i),
            events,
            shots)
        .run(i, draw);
  }
}
