package shield.sim;

import java.util.SplittableRandom;

/**
 * Independent random streams named by a seed and a path of integers, e.g. (seed, trial, radar,
 * threat).
 *
 * <p>The path is folded into one 64-bit seed with the SplitMix64 finaliser (Steele, Lea &amp;
 * Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), which spreads neighbouring
 * inputs over unrelated seeds; each stream is then a {@link SplittableRandom} of its own. Adding a
 * threat or a sensor to a scenario therefore leaves the draws of every other pair unchanged.
 */
public final class RandomStreams {

  private RandomStreams() {}

  /**
   * The stream for a seed and a path.
   *
   * @param seed the run's seed
   * @param path what the stream is for, outermost first
   */
  public static SplittableRandom stream(long seed, int... path) {
    long h = mix(seed);
    for (int p : path) {
      h = mix(h ^ mix(p + 0x632BE59BD9B4E019L));
    }
    return new SplittableRandom(h);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
