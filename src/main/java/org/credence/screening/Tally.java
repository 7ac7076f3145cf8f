package org.credence.screening;

import java.util.Locale;

/** Predictions counted against labels: precision, recall and F1 as the evaluation prints them. */
final class Tally {

	private int truePositives;

	private int falsePositives;

	private int falseNegatives;

	private int pairs;

	void add(boolean labelled, boolean predicted) {
		pairs++;
		if (labelled && predicted) {
			truePositives++;
		}
		else if (predicted) {
			falsePositives++;
		}
		else if (labelled) {
			falseNegatives++;
		}
	}

	double precision() {
		return ratio(truePositives, truePositives + falsePositives);
	}

	double recall() {
		return ratio(truePositives, truePositives + falseNegatives);
	}

	double f1() {
		return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
	}

	String line(String label) {
		return String.format(Locale.ROOT, "%s: precision=%.3f recall=%.3f f1=%.3f pairs=%d", label, precision(), recall(),
				f1(), pairs);
	}

	/** 0 when nothing was predicted or labelled, rather than NaN. */
	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}
}
