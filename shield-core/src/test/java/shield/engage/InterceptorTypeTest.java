package shield.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** An interceptor type flown at another burnout speed. */
class InterceptorTypeTest {

  /** Every stage's speed scales by one factor; burn times and every other figure are kept. */
  @Test
  void burnoutSpeedScalesEveryStage() {
    InterceptorType type = TestInterceptors.sm3();
    InterceptorType faster = type.withBurnoutSpeedMps(6750);
    assertThat(faster.burnoutSpeedMps()).isCloseTo(6750, within(1e-9));
    assertThat(faster.stages()).hasSameSizeAs(type.stages());
    for (int i = 0; i < type.stages().size(); i++) {
      assertThat(faster.stages().get(i).burnTimeS()).isEqualTo(type.stages().get(i).burnTimeS());
      assertThat(faster.stages().get(i).burnoutSpeedMps())
          .isCloseTo(1.5 * type.stages().get(i).burnoutSpeedMps(), within(1e-9));
    }
    assertThat(faster.withBurnoutSpeedMps(type.burnoutSpeedMps())).isEqualTo(type);
    assertThat(faster.maxGroundRangeM()).isEqualTo(type.maxGroundRangeM());
    assertThat(faster.reactionTimeS()).isEqualTo(type.reactionTimeS());
    assertThatThrownBy(() -> type.withBurnoutSpeedMps(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Straight up during the first stage the prescribed-speed boost climbs h = ½ a t² with a = Δv/t
   * of the stage: at twice the speed the first stage accelerates twice as hard, so the flyout
   * reaches 10 km overhead in √(2h/a) (closed form), checked to 0.05 s.
   */
  @Test
  void scaledTypeFliesTheScaledBoost() {
    InterceptorType slow = TestInterceptors.pac3();
    InterceptorType fast = slow.withBurnoutSpeedMps(3000);
    double h = 10_000;
    for (InterceptorType t : new InterceptorType[] {slow, fast}) {
      double a = t.stages().get(0).burnoutSpeedMps() / t.stages().get(0).burnTimeS();
      Reach reach = Flyout.of(t).reach(0, h);
      assertThat(reach).isNotNull();
      assertThat(reach.timeOfFlightS()).isCloseTo(Math.sqrt(2 * h / a), within(0.05));
    }
  }
}
