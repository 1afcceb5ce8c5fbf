package shield.track;

import java.util.List;
import shield.earth.Geodetic;
import shield.flight.DragCurve;
import shield.flight.FlightEvent;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.ReentryVehicle;
import shield.flight.Stage;
import shield.flight.Trajectory;

/**
 * Truth trajectories for the tracking tests, from the flight model (independent of the catalog).
 */
public final class TestFlights {

  /** Tabriz, the launch area of the test flights. */
  public static final Geodetic TABRIZ = Geodetic.ofDegrees(38.08, 46.29, 0);

  /** A radar site about 1,200 km west of Tabriz, on the line of flight (notional). */
  static final Geodetic RADAR_WEST = Geodetic.ofDegrees(39.0, 32.5, 1000);

  /** A radar site about 460 km west of Tabriz, which sees the boost from 30 s (notional). */
  static final Geodetic RADAR_NEAR = Geodetic.ofDegrees(38.5, 41.0, 1000);

  /** Kick angle of the test flights (rad): about 1,500 km range, apogee about 780 km. */
  static final double KICK_RAD = Math.toRadians(20);

  private static final DragCurve BODY =
      new DragCurve(new double[] {0, 0.8, 1.1, 2, 5}, new double[] {0.2, 0.22, 0.42, 0.32, 0.22});
  private static final DragCurve CONE =
      new DragCurve(new double[] {0, 0.8, 1.2, 2, 5}, new double[] {0.2, 0.25, 0.35, 0.2, 0.12});

  private TestFlights() {}

  /** A two-stage solid missile of about 2,000 km range (the flight tests' test missile). */
  public static MissileType twoStage() {
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
  public static Trajectory fromTabriz(double launchTimeS, double azimuthDeg, double kickDeg) {
    return new MissileFlight(twoStage())
        .fly(
            TABRIZ,
            launchTimeS,
            Guidance.fullBurn(Math.toRadians(azimuthDeg), Math.toRadians(kickDeg)));
  }

  /** A full-burn flight west from Tabriz, launched at a given time, with a given kick angle. */
  static Trajectory westward(double launchTimeS, double kickRad) {
    return new MissileFlight(twoStage())
        .fly(TABRIZ, launchTimeS, Guidance.fullBurn(Math.toRadians(270), kickRad));
  }

  static double time(Trajectory t, FlightEvent.Kind kind) {
    return t.event(kind).orElseThrow().timeS();
  }

  static double[] state(Trajectory t, double timeS) {
    double[] pv = new double[6];
    t.stateEcef(timeS, pv);
    return pv;
  }
}
