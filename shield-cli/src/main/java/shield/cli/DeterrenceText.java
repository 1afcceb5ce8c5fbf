package shield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import shield.analysis.Deterrence;
import shield.analysis.DeterrenceTable;
import shield.engage.InterceptorType;
import shield.export.DeterrenceFiles;
import shield.scenario.Catalog;

/** The human summaries of {@code shield deterrence}: one case, or the built-in table. */
final class DeterrenceText {

  private static final double M_PER_KM = 1000;

  private DeterrenceText() {}

  static void printCase(PrintWriter out, Deterrence.Case c) {
    InterceptorType type = c.sweep().type();
    InterceptorType flown = Deterrence.atSpeed(type, type.burnoutSpeedMps());
    double flightS = c.missile().impactTimeS() - c.missile().launchTimeS();
    out.printf(
        Locale.ROOT,
        "%s %s -> %s: minimum-energy flight of %.1f s (%.1f min), launched at 0 s%n",
        c.missile().missile().id(),
        c.missile().from().id(),
        c.missile().to().id(),
        flightS,
        flightS / 60);
    out.println("sensors: " + c.sensors());
    out.printf(
        Locale.ROOT,
        "first detection %s, first firm track %s; launch on %s + %.0f s reaction: %s%n",
        at(c.warning().firstDetectionS().orElse(Double.NaN)),
        at(c.warning().firmTrackS().orElse(Double.NaN)),
        DeterrenceFiles.launchOn(c.launchOn()),
        type.reactionTimeS(),
        Double.isFinite(c.sweep().launchNotBeforeS())
            ? String.format(Locale.ROOT, "from %.1f s", c.sweep().launchNotBeforeS())
            : "never (the cue never came)");
    out.printf(
        Locale.ROOT,
        "%s at %s (catalog burnout %.2f km/s), stages scaled to each speed; envelope: ground range"
            + " <= %.0f km, flight <= %.0f s, intercepts %.0f-%.0f km up%n",
        type.id(),
        c.site().id(),
        type.burnoutSpeedMps() / M_PER_KM,
        flown.maxGroundRangeM() / M_PER_KM,
        flown.maxTimeOfFlightS(),
        flown.minInterceptAltitudeM() / M_PER_KM,
        flown.maxInterceptAltitudeM() / M_PER_KM);
    out.println();
    out.printf(
        Locale.ROOT,
        "%10s  %-8s %9s  %-17s  %-17s  %s%n",
        "speed km/s",
        "feasible",
        "window s",
        "intercepts s",
        "launches s",
        "altitudes km");
    for (Deterrence.SpeedOutcome o : c.sweep().speeds()) {
      if (!o.feasible()) {
        out.printf(Locale.ROOT, "%10.2f  %-8s %9s%n", o.speedMps() / M_PER_KM, "no", "-");
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%10.2f  %-8s %9.1f  %-17s  %-17s  %.0f-%.0f%n",
          o.speedMps() / M_PER_KM,
          "yes",
          o.windowS(),
          String.format(Locale.ROOT, "%.1f-%.1f", o.firstInterceptS(), o.lastInterceptS()),
          String.format(Locale.ROOT, "%.1f-%.1f", o.firstLaunchS(), o.lastLaunchS()),
          o.minAltitudeM() / M_PER_KM,
          o.maxAltitudeM() / M_PER_KM);
    }
    out.println();
    out.println("threshold: " + threshold(c.sweep().threshold(), c.sweep().speeds()));
  }

  private static String threshold(Deterrence.Threshold t, List<Deterrence.SpeedOutcome> grid) {
    return switch (t.status()) {
      case FOUND ->
          String.format(
              Locale.ROOT,
              "%.2f km/s (%.2f km/s is not enough)",
              t.speedMps() / M_PER_KM,
              t.belowMps() / M_PER_KM);
      case AT_OR_BELOW_GRID ->
          String.format(
              Locale.ROOT, "%.2f km/s or less (the lowest speed tried)", t.speedMps() / M_PER_KM);
      case ABOVE_GRID ->
          String.format(
              Locale.ROOT,
              "above %.2f km/s: no speed tried is enough",
              grid.get(grid.size() - 1).speedMps() / M_PER_KM);
    };
  }

  static void printTable(PrintWriter out, DeterrenceTable.Result table) {
    Catalog catalog = Catalog.builtIn();
    out.printf(
        Locale.ROOT,
        "Could the interceptors at Deveselu or Redzikowo catch a Russian ICBM (%s) on its way to"
            + " the United States?%n",
        table.missileId());
    out.println("sensors: " + table.sensors());
    out.println(
        "launch on: "
            + DeterrenceFiles.launchOn(table.launchOn())
            + ", plus each type's reaction time");
    StringBuilder speeds = new StringBuilder();
    for (String id : DeterrenceTable.INTERCEPTORS) {
      speeds.append(
          String.format(
              Locale.ROOT,
              "%s%s %.1f",
              speeds.length() == 0 ? "" : ", ",
              id,
              catalog.interceptor(id).type().burnoutSpeedMps() / M_PER_KM));
    }
    out.printf(
        Locale.ROOT,
        "cells: threshold burnout speed in km/s (to %.2f); * feasible at the type's catalog speed"
            + " (%s km/s); >9 not even at 9 km/s; no cue: the network never held the track the"
            + " launch needs; out of reach: the missile cannot reach the city%n",
        DeterrenceTable.RESOLUTION_MPS / M_PER_KM,
        speeds);
    out.println();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s %-12s", "from", "to"));
    for (String site : DeterrenceTable.SITES) {
      head.append(String.format(Locale.ROOT, " | %-26s", site));
    }
    out.println(head);
    StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, "%-12s %-12s", "", ""));
    for (int s = 0; s < DeterrenceTable.SITES.size(); s++) {
      sub.append(" |");
      for (String id : DeterrenceTable.INTERCEPTORS) {
        sub.append(String.format(Locale.ROOT, " %8s", id));
      }
    }
    out.println(sub);
    int perFlight = DeterrenceTable.SITES.size() * DeterrenceTable.INTERCEPTORS.size();
    List<DeterrenceTable.Row> rows = table.rows();
    for (int i = 0; i < rows.size(); i += perFlight) {
      DeterrenceTable.Row first = rows.get(i);
      StringBuilder line =
          new StringBuilder(
              String.format(Locale.ROOT, "%-12s %-12s", first.fieldId(), first.cityId()));
      if (!first.reachable()) {
        out.println(line + " | out of reach");
        continue;
      }
      for (int s = 0; s < DeterrenceTable.SITES.size(); s++) {
        line.append(" |");
        for (int k = 0; k < DeterrenceTable.INTERCEPTORS.size(); k++) {
          DeterrenceTable.Row r = rows.get(i + s * DeterrenceTable.INTERCEPTORS.size() + k);
          line.append(String.format(Locale.ROOT, " %8s", cell(r)));
        }
      }
      out.println(line);
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "The 2007 Poland dispute: %s at %s (MDA: 5.4 and 6.3 km/s; Postol: 7.7-8.3 km/s)%n",
        DeterrenceTable.DISPUTE_INTERCEPTOR,
        DeterrenceTable.DISPUTE_SITE);
    StringBuilder dh =
        new StringBuilder(
            String.format(Locale.ROOT, "%-12s %-12s %8s %7s", "from", "to", "flight s", "cue s"));
    for (double v : DeterrenceTable.DISPUTE_SPEEDS_MPS) {
      dh.append(String.format(Locale.ROOT, " %6.1f", v / M_PER_KM));
    }
    dh.append(String.format(Locale.ROOT, " %10s", "threshold"));
    out.println(dh);
    for (DeterrenceTable.Row r : table.dispute()) {
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%-12s %-12s", r.fieldId(), r.cityId()));
      if (!r.reachable()) {
        out.println(line + " out of reach");
        continue;
      }
      line.append(String.format(Locale.ROOT, " %8.0f %7s", r.flightTimeS(), time(r.cueS())));
      for (Deterrence.SpeedOutcome o : r.checks()) {
        line.append(String.format(Locale.ROOT, " %6s", o.feasible() ? "yes" : "no"));
      }
      line.append(String.format(Locale.ROOT, " %10s", thresholdCell(r)));
      out.println(line);
    }
  }

  private static String cell(DeterrenceTable.Row r) {
    String t = thresholdCell(r);
    boolean atCatalog = !r.checks().isEmpty() && r.checks().get(0).feasible();
    return atCatalog ? t + "*" : t;
  }

  private static String thresholdCell(DeterrenceTable.Row r) {
    if (Double.isNaN(r.cueS())) {
      return "no cue";
    }
    Deterrence.Threshold t = r.threshold();
    return switch (t.status()) {
      case FOUND -> String.format(Locale.ROOT, "%.2f", t.speedMps() / M_PER_KM);
      case AT_OR_BELOW_GRID -> String.format(Locale.ROOT, "<=%.1f", t.speedMps() / M_PER_KM);
      case ABOVE_GRID ->
          String.format(
              Locale.ROOT,
              ">%.0f",
              Deterrence.DEFAULT_SPEEDS_MPS.get(Deterrence.DEFAULT_SPEEDS_MPS.size() - 1)
                  / M_PER_KM);
    };
  }

  private static String at(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1f s", s) : "never";
  }

  private static String time(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1f", s) : "-";
  }
}
