/**
 * JMH benchmarks of Shield's kernels against the targets of DESIGN (Performance), with Orekit side
 * by side where a target is a ratio to it. {@link shield.bench.Calibration} prints the accuracy
 * sweeps that set the benchmarks' tolerances; results and the command that measured them are in
 * {@code docs/performance.md}.
 */
package shield.bench;
