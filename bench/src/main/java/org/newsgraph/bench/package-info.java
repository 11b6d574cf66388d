/**
 * Throughput harnesses. Each is a plain {@code main} that warms the code up, then measures, and
 * prints figures for BENCHMARKS.md; the scripts next to this module run them.
 */
@NullMarked
package org.newsgraph.bench;

import org.jspecify.annotations.NullMarked;
