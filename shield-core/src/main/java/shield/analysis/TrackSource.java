package shield.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shield.earth.Geodetic;
import shield.scenario.Catalog;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.RadarClass;
import shield.scenario.SatelliteSensor;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Radar;
import shield.sim.NetworkWarning;
import shield.sim.SenseReport;
import shield.sim.SensingRun;

/**
 * The sensors whose firm track lets interceptors launch in the deterrence analysis: the radars,
 * early-warning satellites and one network of a scenario, run by the engine's sensing ({@link
 * SensingRun}) over one missile with a fixed seed.
 *
 * @param description what the sensors are, in words, for the output
 * @param sensors a scenario holding the sensors and the network; its threats, assets and batteries
 *     are ignored
 * @param networkId the network whose first firm track counts; one of the scenario's
 */
public record TrackSource(String description, Scenario sensors, String networkId) {

  /** The network of the sensors that {@link #radars} builds. */
  public static final String NETWORK_ID = "defence";

  /** The early-warning satellites that cue the radars {@link #radars} builds. */
  public static final String SATELLITE_CLASS = "sbirs-geo";

  /**
   * Height of the antennas {@link #radars} places above their site (m): notional, of the order of
   * the shipped scenarios' (5 to 20 m).
   */
  public static final double ANTENNA_HEIGHT_M = 10;

  /**
   * Latency of a radar's link to the node (s), as in the shipped scenarios; notional. The
   * satellites' link takes {@link #SATELLITE_LATENCY_S}.
   */
  public static final double RADAR_LATENCY_S = 2;

  /** Latency of the satellites' link to the node (s), as in the shipped scenarios; notional. */
  public static final double SATELLITE_LATENCY_S = 5;

  public TrackSource {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(sensors, "sensors");
    Objects.requireNonNull(networkId, "networkId");
    if (sensors.network(networkId).isEmpty()) {
      throw new IllegalArgumentException("the sensors have no network " + networkId);
    }
  }

  /**
   * A catalog radar type standing at a place.
   *
   * @param type the radar type
   * @param place where it stands
   */
  public record RadarAt(RadarClass type, Place place) {
    public RadarAt {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(place, "place");
    }
  }

  /**
   * Radars of catalog types at places, each with faces all round (as many of its type's faces side
   * by side as cover 360°, a generous reading for the defence that needs no choice of boresight),
   * cued by the {@value #SATELLITE_CLASS} early-warning satellites at their default slots, all
   * linked to one network ({@value #NETWORK_ID}).
   *
   * @param radars at least one radar
   * @param catalog where the satellite class is found
   */
  public static TrackSource radars(List<RadarAt> radars, Catalog catalog) {
    if (radars.isEmpty()) {
      throw new IllegalArgumentException("at least one radar is needed");
    }
    List<Radar> built = new ArrayList<>();
    List<Network.Link> links = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (RadarAt r : radars) {
      String id = r.type().id() + "@" + r.place().id();
      int faces = (int) Math.ceil(Math.PI / r.type().type().faceHalfWidthRad() - 1e-9);
      Geodetic p = r.place().position();
      built.add(
          new Radar(
              id,
              r.type().type(),
              p.withHeightM(p.heightM() + ANTENNA_HEIGHT_M),
              r.type().faces(0, faces),
              Radar.STANDARD_REFRACTION_K));
      links.add(new Network.Link(id, RADAR_LATENCY_S));
      names.add(id);
    }
    String satelliteId = "sbirs";
    links.add(new Network.Link(satelliteId, SATELLITE_LATENCY_S));
    SatelliteSensor satellites =
        new SatelliteSensor(catalog.satellite(SATELLITE_CLASS).constellation(satelliteId), names);
    Scenario scenario =
        new Scenario(
            "deterrence-sensors",
            "",
            Instant.EPOCH,
            List.of(),
            built,
            List.of(satellites),
            List.of(new Network(NETWORK_ID, Optional.empty(), links)),
            List.of(),
            List.of());
    return new TrackSource(
        String.join(", ", names)
            + " (faces all round), cued by "
            + SATELLITE_CLASS
            + " satellites; network "
            + NETWORK_ID,
        scenario,
        NETWORK_ID);
  }

  /**
   * The sensors and one network of a scenario.
   *
   * @param scenario the scenario
   * @param networkId one of its networks
   * @param fileName how to name the scenario in the description
   */
  public static TrackSource scenario(Scenario scenario, String networkId, String fileName) {
    return new TrackSource(
        "the sensors of network " + networkId + " in " + fileName, scenario, networkId);
  }

  /**
   * What the network knew of a missile, and when: the engine's sensing run over this missile alone
   * (its launch time is the scenario's clock), deterministic for a seed.
   *
   * @param missile the missile
   * @param seed the seed of every random draw of the sensing
   */
  public NetworkWarning warning(Threat missile, long seed) {
    Network network = sensors.network(networkId).orElseThrow();
    Scenario one =
        new Scenario(
            sensors.name(),
            sensors.description(),
            sensors.epoch(),
            List.of(missile),
            sensors.radars(),
            sensors.satellites(),
            List.of(network),
            List.of(),
            List.of());
    SenseReport report = new SensingRun(one).run(seed);
    return report.threats().get(0).networks().get(0);
  }
}
