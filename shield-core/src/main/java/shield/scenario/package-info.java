/**
 * What a scenario is made of: the built-in catalog of places and missile classes, each with its
 * source and whether it is notional, loaded and validated from YAML, and the place syntax that
 * every command shares ({@code PLACE|LAT,LON[,ALT_M]}).
 *
 * <p>Files carry units in their keys (degrees, km, s); the values here are SI. A bad file or flag
 * is a {@link shield.scenario.CatalogException} whose message names the file, line and key (or the
 * flag) and says what would be valid.
 */
package shield.scenario;
