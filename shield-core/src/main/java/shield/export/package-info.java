/**
 * Files that other tools read: trajectories and their events as CSV, and as CZML documents that
 * CesiumJS plays on a globe; the sensing report, and a scenario's sites and radar coverage; and a
 * Monte Carlo run's summary, trials (CSV, and Parquet through DuckDB), first trial's event log, and
 * first trial on the globe (CZML), in Google Earth (KML) and for GIS (GeoJSON).
 *
 * <p>Exports convert at the boundary: times become seconds from the launch or the scenario epoch
 * and ISO-8601 UTC instants, places become degrees and kilometres, and every column or key carries
 * its unit. Writers take a {@link java.io.Writer} and leave it open.
 */
package shield.export;
