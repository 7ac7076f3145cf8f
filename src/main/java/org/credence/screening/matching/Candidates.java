package org.credence.screening.matching;

import java.util.Arrays;

/**
 * The names that share keys with a query, each weighed by how rare the keys are, for one query
 * at a time: arrays as long as the index, reused, so that a query allocates nothing in
 * proportion to the index.
 */
final class Candidates {

	private final float[] weights;

	private final int[] touched;

	private int count;

	Candidates(int names) {
		weights = new float[names];
		touched = new int[names];
	}

	void add(int[] names, float weight) {
		for (int name : names) {
			if (weights[name] == 0) {
				touched[count++] = name;
			}
			weights[name] += weight;
		}
	}

	int count() {
		return count;
	}

	/** The {@code limit} names of greatest weight, and the arrays cleared for the next query. */
	int[] best(int limit) {
		// A positive float's bits order as the float does: weight and id sort together as one long.
		long[] order = new long[count];
		for (int i = 0; i < count; i++) {
			order[i] = (long) Float.floatToIntBits(weights[touched[i]]) << 32 | touched[i];
			weights[touched[i]] = 0;
		}
		count = 0;
		Arrays.sort(order);
		int[] best = new int[Math.min(limit, order.length)];
		for (int i = 0; i < best.length; i++) {
			best[i] = (int) order[order.length - 1 - i];
		}
		return best;
	}
}
