package org.credence.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.credence.screening.ScreeningSamples.Kind;
import org.credence.screening.ScreeningSamples.Sample;

/**
 * The time of each check, one after another on one thread, the samples taken in turn: first for a
 * warm-up whose times are dropped (the JIT compiles meanwhile), then for the time measured, every
 * latency kept, so that the percentiles are exact, overall and by kind of sample. Each check's
 * CPU time on its thread too: on a machine shared with other work, the wall-clock time also holds
 * the time the thread waited for a core.
 */
final class Latencies {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private long[] nanos = new long[1 << 16];

	private long[] cpuNanos = new long[1 << 16];

	private byte[] kinds = new byte[1 << 16];

	private int count;

	private Latencies() {
	}

	static Latencies measure(List<Sample> samples, Duration warmUp, Duration measure, Consumer<Sample> check) {
		Latencies latencies = new Latencies();
		int next = run(samples, warmUp, check, 0, null);
		run(samples, measure, check, next, latencies);
		return latencies;
	}

	private static int run(List<Sample> samples, Duration duration, Consumer<Sample> check, int first, Latencies into) {
		long deadline = System.nanoTime() + duration.toNanos();
		int next = first;
		while (System.nanoTime() < deadline) {
			Sample sample = samples.get(next++ % samples.size());
			long cpu = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			check.accept(sample);
			long took = System.nanoTime() - start;
			if (into != null) {
				into.add(sample.kind(), took, THREADS.getCurrentThreadCpuTime() - cpu);
			}
		}
		return next;
	}

	private void add(Kind kind, long took, long cpu) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
			cpuNanos = Arrays.copyOf(cpuNanos, count * 2);
			kinds = Arrays.copyOf(kinds, count * 2);
		}
		nanos[count] = took;
		cpuNanos[count] = cpu;
		kinds[count++] = (byte) kind.ordinal();
	}

	/** The figures of one kind of sample, or of all of them when {@code kind} is null. */
	Figures of(Kind kind) {
		long[] wall = sorted(nanos, kind);
		long[] cpu = sorted(cpuNanos, kind);
		return new Figures(wall.length, percentile(wall, 0.50), percentile(wall, 0.99), percentile(cpu, 0.50),
				percentile(cpu, 0.99));
	}

	record Figures(int checks, double p50Millis, double p99Millis, double cpuP50Millis, double cpuP99Millis) {
	}

	private long[] sorted(long[] times, Kind kind) {
		long[] taken = new long[count];
		int n = 0;
		for (int i = 0; i < count; i++) {
			if (kind == null || kinds[i] == kind.ordinal()) {
				taken[n++] = times[i];
			}
		}
		long[] sorted = Arrays.copyOf(taken, n);
		Arrays.sort(sorted);
		return sorted;
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? Double.NaN
				: sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
	}
}
