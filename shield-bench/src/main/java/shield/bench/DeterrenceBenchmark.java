package shield.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.analysis.Deterrence;
import shield.analysis.DeterrenceTable;
import shield.engage.Flyout;
import shield.engage.InterceptorType;
import shield.scenario.Catalog;

/**
 * The deterrence table ({@code shield deterrence --table}) from nothing: 24 ICBM flights, their
 * sensing, and 168 rows of threshold searches, each run with a fresh {@link Deterrence} so that no
 * flyout table is reused across runs (the target: 10 s on the 2-core machine); and one
 * flyout table of the sweep's envelope, the unit of its cost.
 *
 * <p>How to run, from the repository root (single shot: one table is seconds of work):
 *
 * <pre>
 *   mvn -B -q -o -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar DeterrenceBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeterrenceBenchmark {

  private Catalog catalog;
  private InterceptorType sm3;

  @Setup
  public void setUp() {
    catalog = Catalog.builtIn();
    sm3 = catalog.interceptor("sm3-iia").type();
  }

  /** The whole built-in table, flyout tables included. */
  @Benchmark
  public DeterrenceTable.Result table() {
    return DeterrenceTable.build(
        catalog,
        catalog.missile("icbm-solid"),
        new Deterrence(),
        Deterrence.LaunchOn.FIRM_TRACK,
        1);
  }

  /** One flyout table in the sweep's kinematic envelope (an SM-3 IIA-like type at 6 km/s). */
  @Benchmark
  public Flyout envelopeFlyout() {
    return Flyout.of(Deterrence.atSpeed(sm3, 6000));
  }
}
