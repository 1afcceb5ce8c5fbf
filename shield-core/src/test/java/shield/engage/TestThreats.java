package shield.engage;

import java.util.List;
import shield.earth.Geodetic;
import shield.flight.DragCurve;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.ReentryVehicle;
import shield.flight.Stage;
import shield.flight.Trajectory;

/** Threat flights for the engagement tests, from the flight model (independent of the catalog). */
final class TestThreats {

  /** Tabriz, the launch area of the test flights. */
  static final Geodetic TABRIZ = Geodetic.ofDegrees(38.08, 46.29, 0);

  private static final DragCurve BODY =
      new DragCurve(new double[] {0, 0.8, 1.1, 2, 5}, new double[] {0.2, 0.22, 0.42, 0.32, 0.22});
  private static final DragCurve CONE =
      new DragCurve(new double[] {0, 0.8, 1.2, 2, 5}, new double[] {0.2, 0.25, 0.35, 0.2, 0.12});

  private TestThreats() {}

  /** A two-stage solid missile of about 2,000 km range (the flight tests' test missile). */
  static MissileType twoStage() {
    return new MissileType(
        "test-2000",
        "two-stage test missile",
        List.of(
            new Stage(11000, 1900, 60, 250, 0.4, 1.25), new Stage(3800, 1000, 50, 265, 0.4, 1.25)),
        new ReentryVehicle(1000, Math.PI * 0.25, CONE),
        BODY,
        5,
        15);
  }

  /** A full-burn flight from Tabriz on an azimuth with a kick angle, launched at a time. */
  static Trajectory fromTabriz(double launchTimeS, double azimuthDeg, double kickDeg) {
    return new MissileFlight(twoStage())
        .fly(
            TABRIZ,
            launchTimeS,
            Guidance.fullBurn(Math.toRadians(azimuthDeg), Math.toRadians(kickDeg)));
  }
}
