package shield.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import shield.engage.Layer;
import shield.engage.Opportunity;

class BattleManagerTest {

  /** Opportunities given by hand: per battery and threat, intercepts at listed times. */
  private record Options(double[][][][] launchInterceptS, double pk) implements EngagementOptions {
    @Override
    public Opportunity first(
        int battery, int threat, double launchNotBeforeS, double interceptNotBeforeS) {
      for (double[] li : launchInterceptS[battery][threat]) {
        if (li[0] >= launchNotBeforeS && li[1] >= interceptNotBeforeS) {
          return new Opportunity(li[0], li[1], Vector3D.PLUS_K, 100e3, 100e3, 5000);
        }
      }
      return null;
    }

    @Override
    public double lastLaunchS(int battery, int threat) {
      double[][] all = launchInterceptS[battery][threat];
      return all.length == 0 ? Double.NaN : all[all.length - 1][0];
    }

    @Override
    public double killProbability(int battery, int threat, Opportunity opportunity) {
      return pk;
    }
  }

  private static final BattleManager MANAGER = new BattleManager(new GreedyAssignment());

  private static BatteryState battery(Layer layer, Doctrine.Policy policy, int rounds) {
    return new BatteryState(layer, new Doctrine(policy, 2, 10, 0.9), 5, rounds);
  }

  private static List<FireOrder> decide(
      List<BatteryState> batteries, double[][][][] opportunities, int threats) {
    int[] needing = new int[threats];
    boolean[][] cleared = new boolean[batteries.size()][threats];
    double[] values = new double[threats];
    for (int j = 0; j < threats; j++) {
      needing[j] = j;
      values[j] = 1;
      for (int b = 0; b < batteries.size(); b++) {
        cleared[b][j] = true;
      }
    }
    return MANAGER.decide(0, batteries, needing, values, cleared, new Options(opportunities, 0.8));
  }

  @Test
  void shootLookShootFiresOneWhenASecondShotRemains() {
    double[][][][] two = {{{{10, 100}, {200, 300}}}};
    List<FireOrder> orders =
        decide(List.of(battery(Layer.MIDCOURSE, Doctrine.Policy.SHOOT_LOOK_SHOOT, 8)), two, 1);
    assertThat(orders).singleElement().satisfies(o -> assertThat(o.interceptors()).isEqualTo(1));
    assertThat(orders.get(0).opportunity().interceptS()).isEqualTo(100);
  }

  @Test
  void shootLookShootFiresASalvoWhenNoSecondShotRemains() {
    // The second opportunity launches at 105 s, before the first is assessed at 110 s.
    double[][][][] late = {{{{10, 100}, {105, 300}}}};
    List<FireOrder> orders =
        decide(List.of(battery(Layer.MIDCOURSE, Doctrine.Policy.SHOOT_LOOK_SHOOT, 8)), late, 1);
    assertThat(orders).singleElement().satisfies(o -> assertThat(o.interceptors()).isEqualTo(2));
  }

  @Test
  void salvoAndSinglePoliciesIgnoreTheWindow() {
    double[][][][] two = {{{{10, 100}, {200, 300}}}};
    assertThat(decide(List.of(battery(Layer.MIDCOURSE, Doctrine.Policy.SALVO, 8)), two, 1))
        .singleElement()
        .satisfies(o -> assertThat(o.interceptors()).isEqualTo(2));
    double[][][][] one = {{{{10, 100}}}};
    assertThat(decide(List.of(battery(Layer.MIDCOURSE, Doctrine.Policy.SINGLE, 8)), one, 1))
        .singleElement()
        .satisfies(o -> assertThat(o.interceptors()).isEqualTo(1));
  }

  @Test
  void anInnerLayerWaitsForTheOuterLayersAssessmentWhenItCan() {
    List<BatteryState> layered =
        List.of(
            battery(Layer.MIDCOURSE, Doctrine.Policy.SINGLE, 8),
            battery(Layer.LOWER_TERMINAL, Doctrine.Policy.SINGLE, 8));
    // Outer intercept at 100 s, assessed at 110 s; the inner layer can still launch at 400 s.
    double[][][][] canWait = {{{{10, 100}}}, {{{300, 500}, {400, 520}}}};
    assertThat(decide(layered, canWait, 1)).extracting(FireOrder::battery).containsExactly(0);
    // The inner layer's last launch (105 s) comes before the assessment: it fires now too.
    double[][][][] cannotWait = {{{{10, 100}}}, {{{50, 150}, {105, 160}}}};
    assertThat(decide(layered, cannotWait, 1))
        .extracting(FireOrder::battery)
        .containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void anInnerLayerTakesWhatTheOuterLayerCannotReach() {
    List<BatteryState> layered =
        List.of(
            battery(Layer.MIDCOURSE, Doctrine.Policy.SINGLE, 8),
            battery(Layer.LOWER_TERMINAL, Doctrine.Policy.SINGLE, 8));
    double[][][][] innerOnly = {{{}}, {{{300, 500}}}};
    assertThat(decide(layered, innerOnly, 1)).extracting(FireOrder::battery).containsExactly(1);
  }

  @Test
  void ordersNeverExceedTheRoundsReady() {
    double[][][][] twoThreats = {{{{10, 100}}, {{12, 110}}}};
    List<FireOrder> orders =
        decide(List.of(battery(Layer.MIDCOURSE, Doctrine.Policy.SALVO, 3)), twoThreats, 2);
    assertThat(orders.stream().mapToInt(FireOrder::interceptors).sum()).isEqualTo(3);
    assertThat(decide(List.of(battery(Layer.MIDCOURSE, Doctrine.Policy.SALVO, 0)), twoThreats, 2))
        .isEmpty();
  }
}
