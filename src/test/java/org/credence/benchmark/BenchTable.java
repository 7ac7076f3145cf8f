package org.credence.benchmark;

import java.util.Locale;

/**
 * The rows of {@code bench/run}'s table, one per measure: what Credence gives, against what (the
 * baseline, named), their ratio and the goal of issue 15. The script adds its own rows (start,
 * jar) and the machine around them.
 */
final class BenchTable {

	private final StringBuilder rows = new StringBuilder();

	void row(String measure, String credence, String baseline, String ratio, String goal) {
		rows.append("| ").append(String.join(" | ", measure, credence, baseline, ratio, goal)).append(" |\n");
		System.out.print("bench: " + rows.substring(rows.lastIndexOf("| " + measure)));
	}

	/** A time against its baseline's, both in milliseconds. */
	void timed(String measure, double millis, String baseline, double baselineMillis, String goal) {
		row(measure, ms(millis), ms(baselineMillis) + " " + baseline, ratio(millis / baselineMillis), goal);
	}

	static String ms(double millis) {
		return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
	}

	static String ratio(double ratio) {
		return String.format(Locale.ROOT, ratio < 10 ? "%.2f" : "%.0f", ratio);
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	@Override
	public String toString() {
		return rows.toString();
	}
}
