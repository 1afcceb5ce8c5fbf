package shield.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shield.flight.FreeFlightSolution;
import shield.flight.SphericalFreeFlight;

/**
 * {@code shield freeflight}: textbook free flight over a non-rotating spherical Earth (two-body),
 * in one of three forms — from a burnout state, the minimum-energy path for a range, or every
 * flight-path angle that reaches a point.
 */
@Command(
    name = "freeflight",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Textbook free flight over a non-rotating spherical Earth, two-body (Bate, Mueller & White"
          + " 1971, ch. 6). Give exactly one of three forms:",
      "  1. --burnout-speed-mps V --burnout-altitude-km H --flight-path-angle-deg G",
      "     range, apogee and time of the flight back down to the burnout altitude;",
      "  2. --min-energy --range-km R [--burnout-altitude-km H]",
      "     the minimum-energy path over R km (range angle R / radius), back to the burnout"
          + " altitude;",
      "  3. --from LAT,LON --to LAT,LON --burnout-speed-mps V [--burnout-altitude-km H]",
      "     every flight-path angle whose path reaches the surface point --to from burnout"
          + " above --from (0, 1 or 2).",
      "Ranges are along the sphere's surface; apogee is the altitude of the highest point"
          + " flown."
    },
    footer = {
      "",
      "Examples:",
      "  shield freeflight --min-energy --range-km 10000",
      "  shield freeflight --burnout-speed-mps 7200 --burnout-altitude-km 0"
          + " --flight-path-angle-deg 22.5 --json",
      "  shield freeflight --from 55.75,37.62 --to 38.90,-77.04 --burnout-speed-mps 7200"
    })
final class FreeflightCommand implements Runnable {

  private static final String FORMS =
      "give one of: --burnout-speed-mps V --burnout-altitude-km H --flight-path-angle-deg G;"
          + " --min-energy --range-km R; --from LAT,LON --to LAT,LON --burnout-speed-mps V";

  @Spec CommandSpec spec;

  @Option(
      names = "--burnout-speed-mps",
      paramLabel = "V",
      description = "Burnout speed (m/s), > 0 and below escape speed (forms 1 and 3).")
  Double speedMps;

  @Option(
      names = "--burnout-altitude-km",
      paramLabel = "H",
      description = "Burnout altitude above the sphere (km), >= 0; optional in forms 2 and 3 (0).")
  Double altitudeKm;

  @Option(
      names = "--flight-path-angle-deg",
      paramLabel = "G",
      description = "Flight-path angle above the horizontal (deg), in (0, 90) (form 1).")
  Double angleDeg;

  @Option(names = "--min-energy", description = "Minimum-energy path over --range-km (form 2).")
  boolean minEnergy;

  @Option(
      names = "--range-km",
      paramLabel = "R",
      description = "Ground range (km), > 0 and below half the sphere's circumference (form 2).")
  Double rangeKm;

  @Option(
      names = "--from",
      paramLabel = "LAT,LON",
      description = "Point below burnout: latitude,longitude (deg) (form 3).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "LAT,LON",
      description = "Surface point to reach: latitude,longitude (deg) (form 3).")
  String to;

  @Option(
      names = "--radius-km",
      paramLabel = "R",
      defaultValue = "6371.0088",
      description = "Radius of the sphere (km), > 0; default ${DEFAULT-VALUE} (IUGG mean radius).")
  double radiusKm;

  @Option(
      names = "--mu-km3-s2",
      paramLabel = "MU",
      defaultValue = "398600.4418",
      description = "Gravitational parameter (km^3/s^2), > 0; default ${DEFAULT-VALUE} (WGS84).")
  double muKm3S2;

  @Option(names = "--json", description = "Print exact JSON instead of a table.")
  boolean json;

  @Override
  public void run() {
    requirePositive("--radius-km", radiusKm);
    requirePositive("--mu-km3-s2", muKm3S2);
    SphericalFreeFlight sphere = new SphericalFreeFlight(radiusKm * 1e3, muKm3S2 * 1e9);
    List<FreeFlightSolution> solutions = new ArrayList<>();
    String outOfReach = null;
    switch (chooseForm()) {
      case BURNOUT -> {
        double altitudeM = altitude();
        double speed = speed(sphere, altitudeM);
        requireOpen("--flight-path-angle-deg", angleDeg, -90, 90);
        if (!(angleDeg > 0)) {
          throw new UserInputException(
              "--flight-path-angle-deg must be > 0 (up to 90) for the path to come back to the"
                  + " burnout altitude, got "
                  + angleDeg);
        }
        solutions.add(sphere.fromBurnout(speed, altitudeM, Math.toRadians(angleDeg)));
      }
      case MIN_ENERGY -> {
        double altitudeM = altitude();
        double halfCircumferenceKm = Math.PI * radiusKm;
        if (!(rangeKm > 0 && rangeKm < halfCircumferenceKm)) {
          throw new UserInputException(
              String.format(
                  Locale.ROOT,
                  "--range-km must be > 0 and below half the sphere's circumference (%.1f km),"
                      + " got %s",
                  halfCircumferenceKm,
                  rangeKm));
        }
        solutions.add(sphere.minimumEnergy(rangeKm / radiusKm, altitudeM));
      }
      case TARGET -> {
        double altitudeM = altitude();
        double speed = speed(sphere, altitudeM);
        double[] a = latLon("--from", from);
        double[] b = latLon("--to", to);
        double psi = greatCircleAngleRad(a, b);
        if (!(psi > 0)) {
          throw new UserInputException("--from and --to are the same point: give two points");
        }
        solutions.addAll(sphere.anglesToReach(psi, speed, altitudeM));
        if (solutions.isEmpty()) {
          outOfReach =
              String.format(
                  Locale.ROOT,
                  "Out of reach: the point is %.1f km away; the maximum range at %s m/s from %s km"
                      + " is %.1f km.",
                  psi * radiusKm,
                  fmt(speed),
                  fmt(altitudeKm == null ? 0.0 : altitudeKm),
                  sphere.maximumReachAngleRad(speed, altitudeM) * radiusKm);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(solutions));
      if (outOfReach != null) {
        spec.commandLine().getErr().println(outOfReach);
      }
    } else {
      if (outOfReach != null) {
        out.println(outOfReach);
      } else {
        out.print(table(solutions));
      }
    }
    out.flush();
  }

  private enum Form {
    BURNOUT,
    MIN_ENERGY,
    TARGET
  }

  /** The one form the flags ask for; speed and altitude are shared, so they mark no form. */
  private Form chooseForm() {
    List<String> burnout = new ArrayList<>();
    List<String> minimum = new ArrayList<>();
    List<String> target = new ArrayList<>();
    if (angleDeg != null) {
      burnout.add("--flight-path-angle-deg");
    }
    if (minEnergy) {
      minimum.add("--min-energy");
    }
    if (rangeKm != null) {
      minimum.add("--range-km");
    }
    if (from != null) {
      target.add("--from");
    }
    if (to != null) {
      target.add("--to");
    }
    List<List<String>> given = new ArrayList<>();
    for (List<String> form : List.of(burnout, minimum, target)) {
      if (!form.isEmpty()) {
        given.add(form);
      }
    }
    if (given.isEmpty()) {
      throw new UserInputException("no form given: " + FORMS);
    }
    if (given.size() > 1) {
      throw new UserInputException(
          String.join("/", given.get(0))
              + " and "
              + String.join("/", given.get(1))
              + " belong to different forms: "
              + FORMS);
    }
    if (!burnout.isEmpty()) {
      requireGiven(speedMps, "--flight-path-angle-deg needs --burnout-speed-mps V");
      requireGiven(altitudeKm, "--flight-path-angle-deg needs --burnout-altitude-km H");
      return Form.BURNOUT;
    }
    if (!minimum.isEmpty()) {
      if (!minEnergy) {
        throw new UserInputException("--range-km needs --min-energy (form 2)");
      }
      requireGiven(rangeKm, "--min-energy needs --range-km R");
      if (speedMps != null) {
        throw new UserInputException(
            "--burnout-speed-mps cannot be given with --min-energy: that form computes the speed");
      }
      return Form.MIN_ENERGY;
    }
    requireGiven(from, "--to needs --from LAT,LON");
    requireGiven(to, "--from needs --to LAT,LON");
    requireGiven(speedMps, "--from/--to need --burnout-speed-mps V");
    return Form.TARGET;
  }

  private double altitude() {
    if (altitudeKm == null) {
      return 0.0;
    }
    if (!(altitudeKm >= 0) || !Double.isFinite(altitudeKm)) {
      throw new UserInputException("--burnout-altitude-km must be >= 0, got " + altitudeKm);
    }
    return altitudeKm * 1e3;
  }

  /** The burnout speed (m/s), checked to be positive and to leave an elliptic path. */
  private double speed(SphericalFreeFlight sphere, double altitudeM) {
    requirePositive("--burnout-speed-mps", speedMps);
    double escapeMps = Math.sqrt(2 * sphere.muM3S2() / (sphere.radiusM() + altitudeM));
    if (speedMps >= escapeMps) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "--burnout-speed-mps %s is at or above escape speed (%.1f m/s at that altitude):"
                  + " give a lower speed",
              fmt(speedMps),
              escapeMps));
    }
    return speedMps;
  }

  /** Parses "LAT,LON" in degrees, naming the flag and the valid form on any mistake. */
  static double[] latLon(String flag, String text) {
    String valid =
        flag
            + " expects LAT,LON in degrees, latitude in [-90, 90] and longitude in [-180, 180]"
            + " (e.g. "
            + flag
            + " 55.75,37.62), got '"
            + text
            + "'";
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new UserInputException(valid);
    }
    double lat;
    double lon;
    try {
      lat = Double.parseDouble(parts[0].trim());
      lon = Double.parseDouble(parts[1].trim());
    } catch (NumberFormatException e) {
      throw new UserInputException(valid);
    }
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new UserInputException(valid);
    }
    return new double[] {Math.toRadians(lat), Math.toRadians(lon)};
  }

  /** Central angle (rad) between two points on a sphere, atan2 form, exact at 0 and π. */
  static double greatCircleAngleRad(double[] a, double[] b) {
    double x1 = Math.cos(a[0]) * Math.cos(a[1]);
    double y1 = Math.cos(a[0]) * Math.sin(a[1]);
    double z1 = Math.sin(a[0]);
    double x2 = Math.cos(b[0]) * Math.cos(b[1]);
    double y2 = Math.cos(b[0]) * Math.sin(b[1]);
    double z2 = Math.sin(b[0]);
    double cx = y1 * z2 - z1 * y2;
    double cy = z1 * x2 - x1 * z2;
    double cz = x1 * y2 - y1 * x2;
    return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), x1 * x2 + y1 * y2 + z1 * z2);
  }

  private static String toJson(List<FreeFlightSolution> solutions) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FreeFlightSolution s : solutions) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("burnout_speed_mps", s.burnoutSpeedMps());
      row.put("burnout_altitude_km", s.burnoutAltitudeM() / 1e3);
      row.put("flight_path_angle_deg", Math.toDegrees(s.flightPathAngleRad()));
      row.put("range_angle_deg", Math.toDegrees(s.rangeAngleRad()));
      row.put("range_km", s.rangeM() / 1e3);
      row.put("apogee_km", s.apogeeAltitudeM() / 1e3);
      row.put("flight_time_s", s.flightTimeS());
      rows.add(row);
    }
    try {
      return new ObjectMapper().writeValueAsString(Map.of("solutions", rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the solutions as JSON", e);
    }
  }

  private static String table(List<FreeFlightSolution> solutions) {
    String[] headers = {
      "speed (m/s)",
      "altitude (km)",
      "flight-path angle (deg)",
      "range angle (deg)",
      "range (km)",
      "apogee (km)",
      "flight time (s)"
    };
    List<String[]> rows = new ArrayList<>();
    for (FreeFlightSolution s : solutions) {
      rows.add(
          new String[] {
            String.format(Locale.ROOT, "%.1f", s.burnoutSpeedMps()),
            String.format(Locale.ROOT, "%.1f", s.burnoutAltitudeM() / 1e3),
            String.format(Locale.ROOT, "%.3f", Math.toDegrees(s.flightPathAngleRad())),
            String.format(Locale.ROOT, "%.3f", Math.toDegrees(s.rangeAngleRad())),
            String.format(Locale.ROOT, "%.1f", s.rangeM() / 1e3),
            String.format(Locale.ROOT, "%.1f", s.apogeeAltitudeM() / 1e3),
            String.format(Locale.ROOT, "%.1f", s.flightTimeS())
          });
    }
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = headers[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    appendRow(sb, headers, widths);
    for (String[] row : rows) {
      appendRow(sb, row, widths);
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, String[] cells, int[] widths) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(" ".repeat(widths[i] - cells[i].length())).append(cells[i]);
    }
    sb.append(System.lineSeparator());
  }

  private static void requireGiven(Object value, String message) {
    if (value == null) {
      throw new UserInputException(message + " (" + FORMS + ")");
    }
  }

  private static void requirePositive(String flag, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new UserInputException(flag + " must be > 0, got " + fmt(value));
    }
  }

  private static void requireOpen(String flag, double value, double lo, double hi) {
    if (!(value > lo && value < hi)) {
      throw new UserInputException(
          flag + " must be in (" + fmt(lo) + ", " + fmt(hi) + "), got " + fmt(value));
    }
  }

  /** A user's number as they would write it: no trailing ".0". */
  private static String fmt(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
