package shield.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTest {

  /**
   * Wilson score interval (Wilson 1927). For 0 of n the upper end is z²/(n + z²) and for n of n the
   * lower end is n/(n + z²); for 5 of 10 the interval worked by hand from the formula is [0.2366,
   * 0.7634]; tolerance 1e-4.
   */
  @Test
  void wilsonIntervalMatchesClosedForms() {
    double z2 = 1.959963984540054 * 1.959963984540054;
    Proportion none = new Proportion(0, 10);
    assertThat(none.low95()).isEqualTo(0.0);
    assertThat(none.high95()).isCloseTo(z2 / (10 + z2), within(1e-12));
    Proportion half = new Proportion(5, 10);
    assertThat(half.low95()).isCloseTo(0.2366, within(1e-4));
    assertThat(half.high95()).isCloseTo(0.7634, within(1e-4));
    Proportion all = new Proportion(10, 10);
    assertThat(all.high95()).isCloseTo(1.0, within(1e-12));
    assertThat(all.low95()).isCloseTo(10 / (10 + z2), within(1e-12));
  }

  @Test
  void noTrialsHasNoValue() {
    assertThat(new Proportion(0, 0).value()).isNaN();
    assertThat(new Proportion(0, 0).low95()).isNaN();
  }
}
