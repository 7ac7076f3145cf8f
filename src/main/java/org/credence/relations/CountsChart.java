package org.credence.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart of counts, laid out here so that the page draws it as plain SVG: one bar
 * per key, its length in proportion to the number of incidents, its label and numbers as text so
 * that the chart reads without script, styles or colour.
 */
record CountsChart(List<Bar> bars, int width, int height) {

	static final int LABEL_WIDTH = 200;

	static final int BAR_SPACE = 300;

	static final int ROW = 28;

	/** One bar: where it is drawn, how long, and what it stands for. */
	record Bar(String key, String label, int incidents, int persons, int y, int length) {

		public int textY() {
			return y + ROW / 2 + 4;
		}

		public int valueX() {
			return LABEL_WIDTH + length + 8;
		}
	}

	static CountsChart of(List<TitForTat.Count> counts, Function<String, String> label) {
		int most = counts.stream().mapToInt(TitForTat.Count::incidents).max().orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			TitForTat.Count count = counts.get(i);
			bars.add(new Bar(count.key(), label.apply(count.key()), count.incidents(), count.persons(), i * ROW,
					Math.max(1, count.incidents() * BAR_SPACE / most)));
		}
		return new CountsChart(bars, LABEL_WIDTH + BAR_SPACE + 160, Math.max(ROW, bars.size() * ROW));
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int barHeight() {
		return ROW - 8;
	}
}
