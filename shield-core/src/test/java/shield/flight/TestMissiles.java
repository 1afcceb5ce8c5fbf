package shield.flight;

import java.util.List;

/**
 * Missile types for flight tests, independent of the catalog so that its tuning cannot move them.
 */
final class TestMissiles {
  private TestMissiles() {}

  static final DragCurve BODY =
      new DragCurve(new double[] {0, 0.8, 1.1, 2, 5}, new double[] {0.2, 0.22, 0.42, 0.32, 0.22});
  static final DragCurve CONE =
      new DragCurve(new double[] {0, 0.8, 1.2, 2, 5}, new double[] {0.2, 0.25, 0.35, 0.2, 0.12});

  static double area(double diameterM) {
    return Math.PI * diameterM * diameterM / 4;
  }

  /** A two-stage solid missile of about 2,000 km range. */
  static MissileType twoStage() {
    return new MissileType(
        "test-2000",
        "two-stage test missile",
        List.of(
            new Stage(11000, 1900, 60, 250, 0.4, 1.25), new Stage(3800, 1000, 50, 265, 0.4, 1.25)),
        new ReentryVehicle(1000, area(1.0), CONE),
        BODY,
        5,
        15);
  }

  /** A three-stage solid missile of about 10,000 km range. */
  static MissileType threeStage() {
    return new MissileType(
        "test-10000",
        "three-stage test missile",
        List.of(
            new Stage(28000, 2900, 60, 275, 0.9, 1.86),
            new Stage(9000, 1200, 64, 290, 0.8, 1.61),
            new Stage(4500, 700, 51, 295, 0.6, 1.58)),
        new ReentryVehicle(1200, area(1.0), CONE),
        BODY,
        6,
        20);
  }
}
