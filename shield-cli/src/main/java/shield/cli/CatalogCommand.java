package shield.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shield.flight.MissileType;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;
import shield.scenario.Place;

/** {@code shield catalog}: the built-in places and missile classes, with their sources. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the built-in places (sites, radars, launch areas, cities) and missile classes,",
      "each with where its numbers come from and whether it is notional.",
      "Places and missile classes are named by id in other commands, e.g. --from tabriz."
    })
final class CatalogCommand implements Runnable {

  /** What to list. */
  enum Kind {
    places,
    missiles
  }

  private static final double M_PER_KM = 1000;

  @Spec CommandSpec spec;

  @Option(
      names = "--kind",
      paramLabel = "places|missiles",
      description = "List only places or only missile classes (default: both).")
  Kind kind;

  @Option(names = "--json", description = "Print exact JSON instead of tables.")
  boolean json;

  @Override
  public void run() {
    Catalog catalog = Catalog.builtIn();
    PrintWriter out = spec.commandLine().getOut();
    boolean places = kind != Kind.missiles;
    boolean missiles = kind != Kind.places;
    if (json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      if (places) {
        placesJson(catalog, root.putArray("places"));
      }
      if (missiles) {
        missilesJson(catalog, root.putArray("missiles"));
      }
      out.println(root.toPrettyString());
    } else {
      if (places) {
        printPlaces(catalog, out);
      }
      if (places && missiles) {
        out.println();
      }
      if (missiles) {
        printMissiles(catalog, out);
      }
    }
    out.flush();
  }

  private static void placesJson(Catalog catalog, ArrayNode array) {
    for (Place p : catalog.places()) {
      ObjectNode o = array.addObject();
      o.put("id", p.id());
      o.put("name", p.name());
      o.put("kind", p.kind());
      o.put("lat_deg", degrees(p.position().latitudeDeg()));
      o.put("lon_deg", degrees(p.position().longitudeDeg()));
      o.put("alt_m", p.position().heightM());
      o.put("source", p.source());
      o.put("notional", p.notional());
      o.put("accuracy", p.accuracy());
    }
  }

  private static void missilesJson(Catalog catalog, ArrayNode array) {
    for (MissileClass m : catalog.missiles()) {
      MissileType t = m.type();
      ObjectNode o = array.addObject();
      o.put("id", m.id());
      o.put("name", m.name());
      o.put("stages", t.stages().size());
      o.put("boost_time_s", t.totalBurnTimeS());
      o.put("launch_mass_kg", t.launchMassKg());
      o.put("published_boost_time_s", m.publishedBoostTimeS());
      o.put("published_reach_km", m.publishedReachM() / M_PER_KM);
      o.put("source", m.source());
      o.put("notional", m.notional());
    }
  }

  private static void printPlaces(Catalog catalog, PrintWriter out) {
    out.println("Places (WGS84; see each source for how accurate the coordinates are)");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "name", "kind", "lat (deg)", "lon (deg)", "notional", "source"});
    for (Place p : catalog.places()) {
      rows.add(
          new String[] {
            p.id(),
            p.name(),
            p.kind(),
            format("%.4f", p.position().latitudeDeg()),
            format("%.4f", p.position().longitudeDeg()),
            yesNo(p.notional()),
            p.source()
          });
    }
    printTable(out, rows, new boolean[] {false, false, false, true, true, false, false});
  }

  private static void printMissiles(Catalog catalog, PrintWriter out) {
    out.println("Missile classes (boost time and launch mass as Shield flies them)");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "id",
          "name",
          "stages",
          "boost (s)",
          "launch mass (kg)",
          "published reach (km)",
          "published boost (s)",
          "notional",
          "source"
        });
    for (MissileClass m : catalog.missiles()) {
      MissileType t = m.type();
      rows.add(
          new String[] {
            m.id(),
            m.name(),
            Integer.toString(t.stages().size()),
            format("%.0f", t.totalBurnTimeS()),
            format("%.0f", t.launchMassKg()),
            format("%.0f", m.publishedReachM() / M_PER_KM),
            format("%.0f", m.publishedBoostTimeS()),
            yesNo(m.notional()),
            m.source()
          });
    }
    printTable(out, rows, new boolean[] {false, false, true, true, true, true, true, false, false});
  }

  /** Prints rows in columns two spaces apart; the last column is not padded. */
  private static void printTable(PrintWriter out, List<String[]> rows, boolean[] alignRight) {
    int[] width = new int[alignRight.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        boolean last = c == row.length - 1;
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(alignRight[c] ? pad + row[c] : last ? row[c] : row[c] + pad);
        if (!last) {
          line.append("  ");
        }
      }
      out.println(line);
    }
  }

  /** Degrees rounded to 1e-9 (0.1 mm), so that 44.07 read from the file prints as 44.07. */
  private static double degrees(double deg) {
    return Math.round(deg * 1e9) / 1e9;
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
