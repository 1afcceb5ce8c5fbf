/**
 * What a scenario is made of: the built-in catalog (places, missile classes, radar types,
 * early-warning satellites and interceptor types, each with its source and whether it is notional);
 * scenario files with threats, sensors, networks, defended assets and interceptor batteries, loaded
 * and validated from YAML; and the place syntax that every command shares ({@code
 * PLACE|LAT,LON[,ALT_M]}).
 *
 * <p>Files carry units in their keys (degrees, km, s); the values here are SI. A bad file or flag
 * is a {@link shield.scenario.CatalogException} whose message names the file, line and key (or the
 * flag) and says what would be valid.
 */
package shield.scenario;
