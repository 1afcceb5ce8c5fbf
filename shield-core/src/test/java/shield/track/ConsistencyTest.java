package shield.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import shield.earth.Validation;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;
import shield.sense.Measurement;

/**
 * Filter consistency by Monte Carlo (Bar-Shalom, Li &amp; Kirubarajan 2001, §5.4.2): over N
 * independent runs the average normalised estimation error squared (NEES) of the 6-state estimate
 * is χ²(6N)/N-distributed, and the average normalised innovation squared (NIS) χ²(3N)/N, when the
 * filter is consistent. At each measurement time the run average must lie in the two-sided 95%
 * band; the test asks that at least 90% of the times do (95% expected; with 100+ correlated times,
 * 90% leaves room for chance without admitting a filter that is biased).
 */
class ConsistencyTest {

  private static final int RUNS = 50;
  private static final double REVISIT_S = 5;

  /** One filter under test: fed measurements, it reports its estimate and the measurement's NIS. */
  interface Estimator {
    /** Processes a measurement; returns its NIS against the prediction. */
    double update(Measurement m);

    TrackEstimate estimate();
  }

  /** Per measurement time, the run averages of NEES and NIS. */
  record Averages(List<Double> timesS, double[] nees, double[] nis) {}

  static Averages monteCarlo(
      Trajectory truth,
      TestRadar radar,
      double startS,
      double endS,
      Function<TrackEstimate, Estimator> filter,
      double[] initialSigmas,
      long seed) {
    List<Double> times = new ArrayList<>();
    for (double t = startS + REVISIT_S; t <= endS; t += REVISIT_S) {
      if (radar.observe(t, TestFlights.state(truth, t), new SplittableRandom(0), 0) != null) {
        times.add(t);
      }
    }
    double[] nees = new double[times.size()];
    double[] nis = new double[times.size()];
    SplittableRandom streams = new SplittableRandom(seed);
    for (int run = 0; run < RUNS; run++) {
      SplittableRandom random = streams.split();
      double[] x0 = TestFlights.state(truth, startS);
      double[][] p0 = new double[6][6];
      for (int i = 0; i < 6; i++) {
        p0[i][i] = initialSigmas[i] * initialSigmas[i];
        x0[i] += initialSigmas[i] * random.nextGaussian();
      }
      Estimator f = filter.apply(new TrackEstimate(startS, x0, p0));
      for (int k = 0; k < times.size(); k++) {
        double t = times.get(k);
        double[] truthState = TestFlights.state(truth, t);
        nis[k] += f.update(radar.observe(t, truthState, random, 0)) / RUNS;
        nees[k] += nees(f.estimate(), truthState) / RUNS;
      }
    }
    return new Averages(times, nees, nis);
  }

  /** (x̂ − x)ᵀ P⁻¹ (x̂ − x). */
  static double nees(TrackEstimate e, double[] truth) {
    double[] error = e.stateEcef();
    for (int i = 0; i < 6; i++) {
      error[i] -= truth[i];
    }
    RealMatrix p = new Array2DRowRealMatrix(e.covariance(), false);
    RealVector v = new ArrayRealVector(error, false);
    return v.dotProduct(new LUDecomposition(p).getSolver().solve(v));
  }

  /** The two-sided 95% band of the average of N χ²(n) variables: χ²(nN) quantiles over N. */
  static double[] band(int dof) {
    ChiSquaredDistribution chi2 = new ChiSquaredDistribution(dof * RUNS);
    return new double[] {
      chi2.inverseCumulativeProbability(0.025) / RUNS,
      chi2.inverseCumulativeProbability(0.975) / RUNS
    };
  }

  static double fractionInside(double[] values, double[] band) {
    int inside = 0;
    for (double v : values) {
      if (v >= band[0] && v <= band[1]) {
        inside++;
      }
    }
    return (double) inside / values.length;
  }

  static double mean(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  static void report(String what, Averages a, String neesCriterion, String nisCriterion) {
    double[] neesBand = band(6);
    double[] nisBand = band(3);
    Validation.record(
        what + ": run-average NEES inside its 95% band",
        "Bar-Shalom, Li & Kirubarajan 2001, §5.4.2; χ²(300)/50",
        String.format(
            Locale.ROOT,
            "[%.2f, %.2f], 95%% of %d times",
            neesBand[0],
            neesBand[1],
            a.nees().length),
        String.format(
            Locale.ROOT,
            "%.0f%% inside, mean %.2f",
            100 * fractionInside(a.nees(), neesBand),
            mean(a.nees())),
        neesCriterion);
    Validation.record(
        what + ": run-average NIS inside its 95% band",
        "Bar-Shalom, Li & Kirubarajan 2001, §5.4.2; χ²(150)/50",
        String.format(Locale.ROOT, "[%.2f, %.2f]", nisBand[0], nisBand[1]),
        String.format(
            Locale.ROOT,
            "%.0f%% inside, mean %.2f",
            100 * fractionInside(a.nis(), nisBand),
            mean(a.nis())),
        nisCriterion);
  }

  static Estimator ekf(TrackEstimate initial, ProcessNoise noise) {
    BallisticEkf ekf = new BallisticEkf(noise, initial);
    return new Estimator() {
      @Override
      public double update(Measurement m) {
        return ekf.update(m).nis();
      }

      @Override
      public TrackEstimate estimate() {
        return ekf.estimate();
      }
    };
  }

  static Estimator imm(TrackEstimate initial, TrackerSettings settings) {
    ImmFilter imm = settings.filter();
    ImmFilter.State[] state = {imm.initial(initial, settings.initialBoostProbability())};
    return new Estimator() {
      @Override
      public double update(Measurement m) {
        double nis = Innovation.of(imm.predicted(state[0], m.timeS()), m).nis();
        state[0] = imm.update(state[0], m);
        return nis;
      }

      @Override
      public TrackEstimate estimate() {
        return state[0].combined();
      }
    };
  }

  private static final double[] COAST_SIGMAS = {1000, 1000, 1000, 100, 100, 100};

  static double fractionAbove(double[] values, double bound) {
    int above = 0;
    for (double v : values) {
      if (v > bound) {
        above++;
      }
    }
    return (double) above / values.length;
  }

  /**
   * The ballistic EKF alone on the coast from 20 s after burnout to reentry, seen by a radar 1,200
   * km away (σ 15 m, 0.5 mrad), every 5 s, with the process noise that matches the truth: the
   * flight model's coast is μ + J2 with drag, so no isotropic noise and the drag term.
   */
  @Test
  void ekfIsConsistentOnABallisticCoast() {
    Trajectory truth = TestFlights.westward(0, TestFlights.KICK_RAD);
    TestRadar radar = TestRadar.at("west", TestFlights.RADAR_WEST, 15, 5e-4);
    double start = TestFlights.time(truth, FlightEvent.Kind.BURNOUT) + 20;
    double end = TestFlights.time(truth, FlightEvent.Kind.REENTRY);
    ProcessNoise matched =
        new ProcessNoise(0, TrackerSettings.defaults().minBallisticCoefficientKgM2());
    Averages a = monteCarlo(truth, radar, start, end, x -> ekf(x, matched), COAST_SIGMAS, 1);
    report("ballistic EKF, coast, matched noise", a, "≥ 90% inside", "≥ 90% inside");
    assertThat(fractionInside(a.nees(), band(6))).isGreaterThanOrEqualTo(0.9);
    assertThat(fractionInside(a.nis(), band(3))).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * The tracker's two-model filter with its default settings on the same coast. The defaults allow
   * 3e-4 m/s² for the geopotential beyond J2, which this truth does not have, and the IMM's
   * combined covariance carries a little of the boost model's: the filter is expected to be
   * somewhat conservative, never optimistic. Criteria: at most 10% of the times above the upper
   * bound, and a mean NEES of at least 4.5 (three quarters of 6: conservative by at most a third).
   */
  @Test
  void immIsConsistentOnABallisticCoast() {
    Trajectory truth = TestFlights.westward(0, TestFlights.KICK_RAD);
    TestRadar radar = TestRadar.at("west", TestFlights.RADAR_WEST, 15, 5e-4);
    double start = TestFlights.time(truth, FlightEvent.Kind.BURNOUT) + 20;
    double end = TestFlights.time(truth, FlightEvent.Kind.REENTRY);
    TrackerSettings settings = TrackerSettings.defaults();
    Averages a = monteCarlo(truth, radar, start, end, x -> imm(x, settings), COAST_SIGMAS, 2);
    report("IMM track filter (defaults), coast", a, "≤ 10% above, mean ≥ 4.5", "≤ 10% above");
    assertThat(fractionAbove(a.nees(), band(6)[1])).isLessThanOrEqualTo(0.1);
    assertThat(mean(a.nees())).isGreaterThanOrEqualTo(4.5);
    assertThat(fractionAbove(a.nis(), band(3)[1])).isLessThanOrEqualTo(0.1);
  }

  /**
   * The tracker's filter (defaults) through the boost, staging at 60 s and burnout at 110 s, then
   * 400 s of coast, seen from 460 km from 35 s after launch. Thrust is a bias that the boost model
   * treats as white noise, so the band is met less often; the criteria are looser: at least 75% of
   * the times inside the NEES band and at most 15% above it.
   */
  @Test
  void immStaysConsistentThroughBoostAndBurnout() {
    Trajectory truth = TestFlights.westward(0, TestFlights.KICK_RAD);
    TestRadar radar = TestRadar.at("near", TestFlights.RADAR_NEAR, 15, 5e-4);
    double burnout = TestFlights.time(truth, FlightEvent.Kind.BURNOUT);
    TrackerSettings settings = TrackerSettings.defaults();
    Averages a =
        monteCarlo(
            truth,
            radar,
            35,
            burnout + 400,
            x -> imm(x, settings),
            new double[] {1000, 1000, 1000, 300, 300, 300},
            3);
    report(
        "IMM track filter (defaults), boost, burnout and coast",
        a,
        "≥ 75% inside, ≤ 15% above",
        "reported");
    double above = fractionAbove(a.nees(), band(6)[1]);
    Validation.record(
        "IMM through boost and burnout: run-average NEES above the 95% band",
        "Bar-Shalom, Li & Kirubarajan 2001, §5.4.2",
        "2.5% of times",
        String.format(Locale.ROOT, "%.0f%%", 100 * above),
        "≤ 15%");
    assertThat(fractionInside(a.nees(), band(6))).isGreaterThanOrEqualTo(0.75);
    assertThat(above).isLessThanOrEqualTo(0.15);
  }
}
