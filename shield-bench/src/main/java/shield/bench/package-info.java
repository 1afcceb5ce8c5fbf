/** JMH benchmarks of Shield's kernels. */
package shield.bench;
