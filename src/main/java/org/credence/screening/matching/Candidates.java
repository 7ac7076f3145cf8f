package org.credence.screening.matching;

import java.util.Arrays;

/**
 * The names that share keys with a query, each weighed by how rare the keys are, for one query
 * at a time: arrays as long as the index, cleared and reused, so that a query allocates nothing
 * in proportion to the index.
 */
final class Candidates {

	/** A binary search costs about as much as reading this many ids of a list in order. */
	private static final int SEARCH_OVER_READ = 16;

	private final float[] weights;

	private final int[] touched;

	private int count;

	Candidates(int names) {
		weights = new float[names];
		touched = new int[names];
	}

	/** Every name of the list becomes a candidate. */
	void add(int[] names, float weight) {
		for (int name : names) {
			if (weights[name] == 0) {
				touched[count++] = name;
			}
			weights[name] += weight;
		}
	}

	/**
	 * Only the candidates already found gain weight: a common key ranks names, it brings none.
	 * A list much longer than the candidates is searched for each of them (lists are in
	 * increasing order) rather than read whole.
	 */
	void rank(int[] names, float weight) {
		if (names.length > count * SEARCH_OVER_READ) {
			for (int i = 0; i < count; i++) {
				if (Arrays.binarySearch(names, touched[i]) >= 0) {
					weights[touched[i]] += weight;
				}
			}
			return;
		}
		for (int name : names) {
			if (weights[name] != 0) {
				weights[name] += weight;
			}
		}
	}

	int count() {
		return count;
	}

	/**
	 * The {@code limit} names of greatest weight, less {@code shorter} times their number of
	 * words (of two names that share the same keys, the one with fewer other words is nearer),
	 * and the arrays cleared for the next query.
	 */
	int[] best(int limit, ParsedName[] names, float shorter) {
		// A positive float's bits order as the float does: weight and id sort together as one long.
		long[] order = new long[count];
		for (int i = 0; i < count; i++) {
			int name = touched[i];
			float weight = Math.max(Float.MIN_VALUE, weights[name] - shorter * names[name].words().size());
			order[i] = (long) Float.floatToIntBits(weight) << 32 | name;
			weights[name] = 0;
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
