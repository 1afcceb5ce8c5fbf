package shield.sense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.TopocentricFrame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import shield.earth.Geodetic;
import shield.earth.Topocentric;
import shield.earth.Validation;
import shield.earth.Wgs84;
import shield.flight.Trajectory;

/** What a radar sees, checked against an independent geometry; what a look reports. */
class RadarTest {

  private static final Frame FRAME = FramesFactory.getGCRF();
  private static final AbsoluteDate DATE = AbsoluteDate.J2000_EPOCH;
  private static final OneAxisEllipsoid EARTH =
      new OneAxisEllipsoid(
          Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, FRAME);

  /** Decisions this close to a boundary are not compared (round-off and the sampled oracle). */
  private static final double ANGLE_MARGIN_RAD = 1e-6;

  private static final double RANGE_MARGIN_M = 1;
  private static final double CLEARANCE_MARGIN_M = 5;

  /**
   * Seeded random radars (1–3 faces of random width and elevation limits, sites up to 2,500 m, k =
   * 1 or 4/3) and target points in every direction from 10 km to 6,000 km, many below the horizon
   * or behind the faces. The oracle: Orekit's TopocentricFrame for azimuth, elevation and range; an
   * independent effective-Earth line of sight built from vectors in the plane of the site, the
   * target and the centre of a sphere of radius k·ρ (ρ from the textbook M and N), with the chord
   * sampled at 4,000 points for its lowest height and the refraction bending taken from the angle
   * between chord and horizontal. {@code canSee} must agree wherever the oracle is more than 1 µrad
   * from a face edge, 1 m from the instrumented range and 5 m from grazing; and {@code look} must
   * return null whenever {@code canSee} is false.
   */
  @ParameterizedTest
  @ValueSource(longs = {101, 102, 103, 104, 105, 106})
  void seesExactlyWhatTheIndependentGeometrySees(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int compared = 0;
    int seen = 0;
    int skipped = 0;
    int detected = 0;
    for (int r = 0; r < 40; r++) {
      Radar radar = randomRadar(random);
      TopocentricFrame oracleFrame =
          new TopocentricFrame(
              EARTH,
              new GeodeticPoint(
                  radar.position().latitudeRad(),
                  radar.position().longitudeRad(),
                  radar.position().heightM()),
              "site");
      for (int i = 0; i < 100; i++) {
        Vector3D target = randomTarget(random, radar.frame());
        if (target == null) {
          continue;
        }
        Boolean oracle = oracleSees(radar, oracleFrame, target);
        boolean mine = radar.canSee(target);
        Trajectory standing = TestRadars.standingAt(target);
        SplittableRandom draws = random.split();
        for (int k = 0; k < 3; k++) {
          Measurement m =
              radar.look(standing, new TargetSignature(1e4, 1e4), 100, RadarMode.TRACK, draws, 7);
          if (!mine) {
            assertThat(m).isNull();
          } else if (m != null) {
            detected++;
            assertThat(m.truthIndex()).isEqualTo(7);
          }
        }
        if (oracle == null) {
          skipped++;
          continue;
        }
        assertThat(mine)
            .as("radar %s, target %s, Orekit look %s", radar, target, look(oracleFrame, target))
            .isEqualTo(oracle);
        compared++;
        seen += mine ? 1 : 0;
      }
    }
    assertThat(compared).isGreaterThan(3_000);
    assertThat(seen).isBetween(compared / 20, compared / 2);
    assertThat(skipped).isLessThan(compared / 50);
    // A 10⁴ m² object is detected in nearly every look the radar can make.
    assertThat(detected).isGreaterThan((int) (0.95 * 3 * seen));
    if (seed == 101) {
      Validation.record(
          "canSee vs independent geometry (6 × 4,000 random radar/target pairs)",
          "Orekit TopocentricFrame + sampled effective-Earth chord",
          "same decision",
          String.format(
              Locale.ROOT,
              "same in all %d compared (%d seen, %d within margins skipped); look null whenever"
                  + " canSee is false",
              compared,
              seen,
              skipped),
          "1 µrad, 1 m, 5 m margins");
    }
  }

  /**
   * Sample standard deviations of the range, azimuth and elevation noise of 40,000 detections
   * against the sigmas reported (ΔR/√(2·SNR) and θ/(1.6·√(2·SNR)) with their floors); relative
   * tolerance 3% (the sampling error of a standard deviation from n draws is 1/√(2n) = 0.35%). The
   * fraction of looks that detect must be the Swerling I P_d (4.5 binomial sigmas). The SNR
   * switches from the booster's cross-section to the reentry vehicle's at burnout.
   */
  @Test
  void measurementNoiseHasTheReportedSigmas() {
    RadarType type = TestRadars.uhf();
    Geodetic site = Geodetic.ofDegrees(54.36, -0.67, 300);
    Radar radar =
        new Radar("test", type, site, List.of(new Face(Math.toRadians(90), 1, 0.05, 1.4)), 4.0 / 3);
    Topocentric frame = radar.frame();
    Vector3D target = frame.originEcef().add(2_500e3, frame.direction(Math.toRadians(80), 0.3));
    Trajectory standing = TestRadars.standingAt(target);
    TargetSignature signature = new TargetSignature(10, 0.05);
    double trueRange = frame.look(target).rangeM();
    double trueAz = frame.look(target).azimuthRad();
    double trueEl = frame.look(target).elevationRad();
    SplittableRandom random = new SplittableRandom(2026);
    int looks = 0;
    int hits = 0;
    double sr = 0;
    double sa = 0;
    double se = 0;
    Measurement last = null;
    while (hits < 40_000) {
      Measurement m = radar.look(standing, signature, 600, RadarMode.TRACK, random, 0);
      looks++;
      if (m == null) {
        continue;
      }
      hits++;
      sr += square(m.rangeM() - trueRange);
      sa += square(Math.IEEEremainder(m.azimuthRad() - trueAz, 2 * Math.PI));
      se += square(m.elevationRad() - trueEl);
      last = m;
    }
    double snr = type.trackSnr(trueRange, 0.05);
    assertThat(last.snr()).isCloseTo(snr, within(1e-9 * snr));
    double rangeSd = Math.sqrt(sr / hits);
    double azSd = Math.sqrt(sa / hits);
    double elSd = Math.sqrt(se / hits);
    Validation.record(
        String.format(Locale.ROOT, "range noise at SNR %.1f (40,000 looks)", snr),
        "σ_R = ΔR/√(2·SNR) ⊕ 1 m floor",
        String.format(Locale.ROOT, "%.3f m", last.rangeSigmaM()),
        String.format(Locale.ROOT, "%.3f m", rangeSd),
        "3%");
    Validation.record(
        String.format(Locale.ROOT, "angle noise at SNR %.1f (40,000 looks)", snr),
        "σ_θ = θ/(1.6·√(2·SNR)) ⊕ 50 µrad floor (Barton; Skolnik)",
        String.format(Locale.ROOT, "%.1f µrad", 1e6 * last.angleSigmaRad()),
        String.format(Locale.ROOT, "az %.1f µrad, el %.1f µrad", 1e6 * azSd, 1e6 * elSd),
        "3%");
    assertThat(rangeSd).isCloseTo(last.rangeSigmaM(), within(0.03 * last.rangeSigmaM()));
    assertThat(azSd).isCloseTo(last.angleSigmaRad(), within(0.03 * last.angleSigmaRad()));
    assertThat(elSd).isCloseTo(last.angleSigmaRad(), within(0.03 * last.angleSigmaRad()));
    // The thermal term dominates the floor here, so the test exercises the SNR law.
    assertThat(last.rangeSigmaM()).isGreaterThan(2 * Detection.RANGE_FLOOR_M);
    double pd = Detection.swerling1Pd(snr, type.falseAlarmProbability());
    double fraction = (double) hits / looks;
    assertThat(fraction).isCloseTo(pd, within(4.5 * Math.sqrt(pd * (1 - pd) / looks)));

    Measurement boost = null;
    while (boost == null) {
      boost = radar.look(standing, signature, 100, RadarMode.SEARCH, random, 0);
    }
    assertThat(boost.snr()).isCloseTo(type.searchSnr(trueRange, 10), within(1e-9 * boost.snr()));
  }

  @Test
  void nothingIsSeenOutsideTheFlight() {
    Radar radar =
        new Radar(
            "test",
            TestRadars.uhf(),
            Geodetic.ofDegrees(0, 0, 0),
            List.of(new Face(0, Math.PI, 0, 1.5)),
            Radar.STANDARD_REFRACTION_K);
    Vector3D above = radar.frame().originEcef().add(500e3, radar.frame().direction(0, Math.PI / 4));
    Trajectory standing = TestRadars.standingAt(above);
    TargetSignature big = new TargetSignature(1e6, 1e6);
    SplittableRandom random = new SplittableRandom(1);
    assertThat(radar.look(standing, big, -1, RadarMode.TRACK, random, 0)).isNull();
    assertThat(radar.look(standing, big, 1_000.5, RadarMode.TRACK, random, 0)).isNull();
    assertThat(radar.look(standing, big, 10, RadarMode.TRACK, random, 0)).isNotNull();
    assertThat(radar.visibilityWindows(standing)).containsExactly(new Window(0, 1_000));
  }

  @Test
  void refusesAMeaninglessRefractionFactor() {
    assertThatThrownBy(
            () ->
                new Radar(
                    "r",
                    TestRadars.uhf(),
                    Geodetic.ofDegrees(0, 0, 0),
                    List.of(new Face(0, 1, 0, 1)),
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refraction factor k must be a positive number");
  }

  private static Radar randomRadar(SplittableRandom random) {
    Geodetic site =
        new Geodetic(
            Math.asin(random.nextDouble(-1, 1)),
            random.nextDouble(-Math.PI, Math.PI),
            random.nextDouble(0, 2_500));
    List<Face> faces = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int f = 0; f < n; f++) {
      double minEl = Math.toRadians(random.nextDouble(-1, 5));
      faces.add(
          new Face(
              random.nextDouble(0, 2 * Math.PI),
              Math.toRadians(random.nextDouble(20, 90)),
              minEl,
              Math.toRadians(random.nextDouble(30, 90))));
    }
    double k = random.nextBoolean() ? 1 : Radar.STANDARD_REFRACTION_K;
    RadarType type = random.nextBoolean() ? TestRadars.uhf() : TestRadars.xBand();
    return new Radar("r", type, site, faces, k);
  }

  /** A point at a random direction and range from the site, above the ellipsoid; or null. */
  private static Vector3D randomTarget(SplittableRandom random, Topocentric frame) {
    double az = random.nextDouble(0, 2 * Math.PI);
    double el = Math.toRadians(random.nextDouble(-8, 60));
    double range = Math.pow(10, random.nextDouble(4, Math.log10(6e6)));
    Vector3D p = frame.originEcef().add(range, frame.direction(az, el));
    return Wgs84.heightM(p.getX(), p.getY(), p.getZ()) >= 0 ? p : null;
  }

  /** The oracle's decision, or null if the case is within a margin of a boundary. */
  private static Boolean oracleSees(Radar radar, TopocentricFrame frame, Vector3D target) {
    double range = frame.getRange(target, FRAME, DATE);
    double az = frame.getAzimuth(target, FRAME, DATE);
    double el = frame.getElevation(target, FRAME, DATE);
    double instrumented = radar.type().instrumentedRangeM();
    if (Math.abs(range - instrumented) < RANGE_MARGIN_M) {
      return null;
    }
    if (range > instrumented) {
      return false;
    }
    double h1 = radar.position().heightM();
    double h2 = EARTH.transform(target, FRAME, DATE).getAltitude();
    double rho = eulerRadius(radar.position().latitudeRad(), az);
    double[] bent = chord(h1, h2, range, radar.refractionK() * rho);
    double[] straight = chord(h1, h2, range, rho);
    if (Math.abs(bent[1]) < CLEARANCE_MARGIN_M) {
      return null;
    }
    if (bent[1] < 0) {
      return false;
    }
    double apparent = el + bent[0] - straight[0];
    boolean inFace = false;
    for (Face f : radar.faces()) {
      double off = Math.abs(Math.IEEEremainder(az - f.boresightAzimuthRad(), 2 * Math.PI));
      if (Math.abs(off - f.halfWidthRad()) < ANGLE_MARGIN_RAD
          || Math.abs(apparent - f.minElevationRad()) < ANGLE_MARGIN_RAD
          || Math.abs(apparent - f.maxElevationRad()) < ANGLE_MARGIN_RAD) {
        return null;
      }
      inFace |= f.covers(az, apparent);
    }
    return inFace;
  }

  /**
   * The straight chord from a site at h1 to a point at h2 and distance {@code range} over a sphere
   * of radius {@code radius}, in the plane of the two and the centre: returns the chord's elevation
   * at the site (angle to the site's horizontal) and the lowest height of its interior, sampled at
   * 4,000 points (the ends excluded, as the line-of-sight rule says).
   */
  private static double[] chord(double h1, double h2, double range, double radius) {
    double r1 = radius + h1;
    double r2 = radius + h2;
    double cosPhi = (r1 * r1 + r2 * r2 - range * range) / (2 * r1 * r2);
    double phi = Math.acos(Math.max(-1, Math.min(1, cosPhi)));
    double sx = 0;
    double sy = r1;
    double tx = r2 * Math.sin(phi);
    double ty = r2 * Math.cos(phi);
    double elevation = Math.atan2(ty - sy, tx - sx);
    double lowest = Double.POSITIVE_INFINITY;
    int n = 4_000;
    for (int i = 1; i < n; i++) {
      double s = (double) i / n;
      double x = sx + s * (tx - sx);
      double y = sy + s * (ty - sy);
      lowest = Math.min(lowest, Math.hypot(x, y) - radius);
    }
    return new double[] {elevation, lowest};
  }

  /** 1/ρ = cos²α/M + sin²α/N with the textbook M = a(1−e²)/W³, N = a/W. */
  private static double eulerRadius(double latitudeRad, double azimuthRad) {
    double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    double f = Constants.WGS84_EARTH_FLATTENING;
    double e2 = f * (2 - f);
    double w = Math.sqrt(1 - e2 * Math.pow(Math.sin(latitudeRad), 2));
    double m = a * (1 - e2) / (w * w * w);
    double n = a / w;
    return 1 / (Math.pow(Math.cos(azimuthRad), 2) / m + Math.pow(Math.sin(azimuthRad), 2) / n);
  }

  private static String look(TopocentricFrame frame, Vector3D target) {
    return String.format(
        Locale.ROOT,
        "az %.6f° el %.6f° range %.1f m",
        Math.toDegrees(frame.getAzimuth(target, FRAME, DATE)),
        Math.toDegrees(frame.getElevation(target, FRAME, DATE)),
        frame.getRange(target, FRAME, DATE));
  }

  private static double square(double x) {
    return x * x;
  }
}
