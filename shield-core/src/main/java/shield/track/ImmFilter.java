package shield.track;

import shield.sense.Measurement;

/**
 * The track filter: an interacting multiple model (IMM) estimator (Blom &amp; Bar-Shalom 1988;
 * Bar-Shalom, Li &amp; Kirubarajan 2001, §11.6.6) of two ballistic EKFs that differ only in their
 * process noise: a coast hypothesis (small isotropic noise plus drag) and a boost hypothesis (large
 * isotropic noise standing for thrust).
 *
 * <p>One cycle, for a measurement Δt after the last estimate: the mode probabilities μ_i pass
 * through the Markov chain p_ij (leaving mode i with rate 1/τ_i: p_ii = exp(−Δt/τ_i)), c_j = Σ_i
 * p_ij μ_i; each model j starts from the mixture of all models' estimates weighted by μ_i|j = p_ij
 * μ_i / c_j (mean and covariance, spread of the means included); each EKF predicts and corrects;
 * the new μ_j ∝ c_j Λ_j with Λ_j the Gaussian likelihood of model j's innovation. The track's
 * estimate is the probability-weighted combination (moment matched).
 *
 * <p>Immutable: a step returns a new {@link State}, so a track can keep checkpoints and re-run from
 * any of them.
 */
final class ImmFilter {

  /** Index of the coast hypothesis. */
  static final int COAST = 0;

  /** Index of the boost hypothesis. */
  static final int BOOST = 1;

  private final ProcessNoise[] noises;
  private final double[] sojournS;

  /**
   * @param coast the process noise of the coast hypothesis
   * @param boost the process noise of the boost hypothesis
   * @param coastSojournS mean time spent in coast before a switch to boost (s)
   * @param boostSojournS mean time spent in boost before a switch to coast (s)
   */
  ImmFilter(ProcessNoise coast, ProcessNoise boost, double coastSojournS, double boostSojournS) {
    this.noises = new ProcessNoise[] {coast, boost};
    this.sojournS = new double[] {coastSojournS, boostSojournS};
  }

  /**
   * The filter's state: each model's estimate and the mode probabilities, at one time.
   *
   * @param estimates per model, the mode-conditioned estimate
   * @param probabilities per model, its probability (sums to 1)
   * @param combined the moment-matched combination, the track's estimate
   */
  record State(TrackEstimate[] estimates, double[] probabilities, TrackEstimate combined) {

    /** Time of the estimates (s from the scenario epoch). */
    double timeS() {
      return combined.timeS();
    }

    /** Probability of the boost hypothesis. */
    double boostProbability() {
      return probabilities[BOOST];
    }
  }

  /** A state that starts both models from one estimate. */
  State initial(TrackEstimate prior, double boostProbability) {
    TrackEstimate[] estimates = {prior, prior};
    return new State(estimates, new double[] {1 - boostProbability, boostProbability}, prior);
  }

  /**
   * The track's prediction to a time: both models mixed, predicted with their own process noise and
   * combined with the predicted mode probabilities. For gating and association.
   */
  TrackEstimate predicted(State s, double timeS) {
    double dt = timeS - s.timeS();
    double[] c = new double[2];
    TrackEstimate[] mixed = mix(s, dt, c);
    TrackEstimate[] predicted = new TrackEstimate[2];
    for (int j = 0; j < 2; j++) {
      predicted[j] = BallisticEkf.predict(mixed[j], noises[j], timeS);
    }
    return combine(predicted, c);
  }

  /** One IMM cycle with a measurement, at any time (also before the state's: then backwards). */
  State update(State s, Measurement m) {
    double dt = m.timeS() - s.timeS();
    double[] c = new double[2];
    TrackEstimate[] mixed = mix(s, dt, c);
    TrackEstimate[] updated = new TrackEstimate[2];
    double[] logWeights = new double[2];
    for (int j = 0; j < 2; j++) {
      BallisticEkf ekf = new BallisticEkf(noises[j], mixed[j]);
      Innovation nu = ekf.update(m);
      updated[j] = ekf.estimate();
      logWeights[j] = c[j] > 0 ? Math.log(c[j]) + nu.logLikelihood() : Double.NEGATIVE_INFINITY;
    }
    double top = Math.max(logWeights[0], logWeights[1]);
    double[] mu = new double[2];
    double sum = 0;
    for (int j = 0; j < 2; j++) {
      mu[j] = Math.exp(logWeights[j] - top);
      sum += mu[j];
    }
    for (int j = 0; j < 2; j++) {
      mu[j] /= sum;
    }
    return new State(updated, mu, combine(updated, mu));
  }

  /**
   * The mixing step.
   *
   * @param s the state
   * @param dt the interval to the next measurement (s), any sign
   * @param cOut receives the predicted mode probabilities c_j
   * @return per model, its mixed initial estimate
   */
  private TrackEstimate[] mix(State s, double dt, double[] cOut) {
    double[][] p = new double[2][2];
    for (int i = 0; i < 2; i++) {
      double stay = Math.exp(-Math.abs(dt) / sojournS[i]);
      p[i][i] = stay;
      p[i][1 - i] = 1 - stay;
    }
    TrackEstimate[] mixed = new TrackEstimate[2];
    for (int j = 0; j < 2; j++) {
      double c = 0;
      for (int i = 0; i < 2; i++) {
        c += p[i][j] * s.probabilities()[i];
      }
      cOut[j] = c;
      double[] weights = new double[2];
      for (int i = 0; i < 2; i++) {
        weights[i] = c > 0 ? p[i][j] * s.probabilities()[i] / c : (i == j ? 1 : 0);
      }
      mixed[j] = combine(s.estimates(), weights);
    }
    return mixed;
  }

  /** Moment matching: Σ w_i x_i and Σ w_i (P_i + (x_i − x)(x_i − x)ᵀ), weights summing to 1. */
  static TrackEstimate combine(TrackEstimate[] estimates, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] x = new double[6];
    double[][] states = new double[estimates.length][];
    for (int i = 0; i < estimates.length; i++) {
      states[i] = estimates[i].stateEcef();
      for (int k = 0; k < 6; k++) {
        x[k] += weights[i] / total * states[i][k];
      }
    }
    double[] p = new double[36];
    for (int i = 0; i < estimates.length; i++) {
      double w = weights[i] / total;
      if (w == 0) {
        continue;
      }
      double[] pi = estimates[i].covarianceRowMajor();
      for (int a = 0; a < 6; a++) {
        double da = states[i][a] - x[a];
        for (int b = 0; b < 6; b++) {
          p[6 * a + b] += w * (pi[6 * a + b] + da * (states[i][b] - x[b]));
        }
      }
    }
    return TrackEstimate.ofRowMajor(estimates[0].timeS(), x, p);
  }
}
