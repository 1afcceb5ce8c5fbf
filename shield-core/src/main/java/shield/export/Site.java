package shield.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shield.earth.Geodetic;
import shield.scenario.Battery;
import shield.scenario.DefendedAsset;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Radar;

/**
 * One place of a scenario as the exports show it: a radar, a battery, a launch area, a defended
 * asset or a network's node, the same in the CZML, the KML and the GeoJSON.
 *
 * @param id the packet or feature id, {@code <kind>/<id>} as in {@code radar/kurecik-tpy2}
 * @param kind {@code radar}, {@code battery}, {@code launch_area}, {@code asset} or {@code
 *     network_node}
 * @param label the short text shown beside the point: the scenario's id of the thing
 * @param name a readable name
 * @param position where it is
 * @param description lines of plain text about it
 * @param properties its facts for GeoJSON, keys with their units
 */
record Site(
    String id,
    String kind,
    String label,
    String name,
    Geodetic position,
    List<String> description,
    Map<String, Object> properties) {

  private static final double M_PER_KM = 1000;

  Site {
    description = List.copyOf(description);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /**
   * The sites of a scenario: its radars, batteries, launch areas (each place once, in the order the
   * threats first use them), defended assets and the nodes of the networks that have a place.
   */
  static List<Site> of(Scenario scenario) {
    List<Site> sites = new ArrayList<>();
    for (Radar r : scenario.radars()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("radar_type", r.type().id());
      p.put("instrumented_range_km", r.type().instrumentedRangeM() / M_PER_KM);
      p.put("faces", r.faces().size());
      sites.add(
          new Site(
              "radar/" + r.id(),
              "radar",
              r.id(),
              r.id() + " (" + r.type().id() + ")",
              r.position(),
              List.of(
                  r.type().name(),
                  String.format(
                      Locale.ROOT,
                      "instrumented range %.0f km, %d face(s)",
                      r.type().instrumentedRangeM() / M_PER_KM,
                      r.faces().size()),
                  coordinates(r.position())),
              p));
    }
    for (Battery b : scenario.batteries()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("interceptor", b.type().id());
      p.put("layer", RunFiles.name(b.type().layer()));
      p.put("inventory", b.inventory());
      p.put("network", b.networkId());
      sites.add(
          new Site(
              "battery/" + b.id(),
              "battery",
              b.id(),
              b.id() + " (" + b.type().id() + ")",
              b.site().position(),
              List.of(
                  String.format(
                      Locale.ROOT,
                      "%s: %d %s interceptors, %s layer, on network %s",
                      b.site().name(),
                      b.inventory(),
                      b.type().id(),
                      RunFiles.name(b.type().layer()),
                      b.networkId()),
                  coordinates(b.site().position())),
              p));
    }
    Map<String, Place> launchAreas = new LinkedHashMap<>();
    for (Threat t : scenario.threats()) {
      launchAreas.putIfAbsent(t.from().id(), t.from());
    }
    for (Place place : launchAreas.values()) {
      sites.add(
          new Site(
              "launch-area/" + place.id(),
              "launch_area",
              place.id(),
              place.name() + " (launch area)",
              place.position(),
              placeLines(place, "launch area"),
              Map.of()));
    }
    for (DefendedAsset a : scenario.assets()) {
      sites.add(
          new Site(
              "asset/" + a.id(),
              "asset",
              a.id(),
              a.place().name() + " (defended asset)",
              a.place().position(),
              placeLines(a.place(), "defended asset of value " + a.value()),
              Map.of("value", a.value())));
    }
    for (Network n : scenario.networks()) {
      if (n.node().isPresent()) {
        Place node = n.node().get();
        sites.add(
            new Site(
                "network/" + n.id(),
                "network_node",
                n.id(),
                node.name() + " (node of network " + n.id() + ")",
                node.position(),
                placeLines(
                    node, "node of network " + n.id() + ", " + n.links().size() + " sensor links"),
                Map.of("sensor_links", n.links().size())));
      }
    }
    return sites;
  }

  private static List<String> placeLines(Place p, String what) {
    List<String> lines = new ArrayList<>();
    lines.add(p.name() + ": " + what);
    lines.add(
        coordinates(p.position()) + (p.notional() ? " (notional: " + p.accuracy() + ")" : ""));
    lines.add("source: " + p.source());
    return lines;
  }

  private static String coordinates(Geodetic g) {
    return String.format(
        Locale.ROOT, "latitude %.4f°, longitude %.4f°", g.latitudeDeg(), g.longitudeDeg());
  }
}
