package org.credence.registry.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Strength;

/**
 * A mission's strength against its ceiling over time, laid out here so that the page draws it as
 * plain SVG: two step lines (a strength holds until the next point), the decisions as dated marks,
 * and the axes labelled as text, so that it reads without script; the page's table says the same.
 */
record StrengthChart(List<Point> points, List<Mark> marks, List<Tick> yTicks, List<Tick> xTicks, String strengthPath,
		String ceilingPath, Set<StaffCategory> counted) {

	static final int LEFT = 48;

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	static final int MARGIN = 28;

	/** The strength and the ceiling in force (null: none) from a day on. */
	record Point(LocalDate day, int held, Integer ceiling, boolean monthStart) {
	}

	/** A decision that took effect on that day, drawn as a vertical line numbered as in the list under the chart. */
	record Mark(int number, LocalDate day, String authority, int x) {
	}

	/** A label on an axis, at that coordinate. */
	record Tick(String label, int at) {
	}

	/**
	 * @param strengths at each instant from the first to the last, in order
	 * @param days the local day of each of those instants
	 * @param monthStarts which of them start a month, the rows of the table
	 * @param end where the chart ends: now, or the suspension or closure
	 * @param decisions the local days on which decisions took effect, with their authority
	 */
	static StrengthChart of(List<Strength> strengths, List<LocalDate> days, List<Boolean> monthStarts, OffsetDateTime end,
			List<Mark> decisions) {
		OffsetDateTime start = strengths.get(0).at();
		double span = Math.max(1, Duration.between(start, end).toMinutes());
		List<Point> points = new ArrayList<>();
		int most = 1;
		for (int i = 0; i < strengths.size(); i++) {
			Strength strength = strengths.get(i);
			Integer ceiling = strength.ceiling() == null ? null : strength.ceiling().total();
			points.add(new Point(days.get(i), strength.held(), ceiling, monthStarts.get(i)));
			most = Math.max(most, Math.max(strength.held(), ceiling == null ? 0 : ceiling));
		}
		int step = (most + 3) / 4;
		int top = step * 4;
		List<Integer> xs = new ArrayList<>();
		strengths.forEach(s -> xs.add(LEFT + (int) Math.round(Duration.between(start, s.at()).toMinutes() / span * WIDTH)));
		List<Tick> yTicks = new ArrayList<>();
		for (int value = 0; value <= top; value += step) {
			yTicks.add(new Tick(String.valueOf(value), y(value, top)));
		}
		List<Tick> xTicks = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			LocalDate day = points.get(i).day();
			if (i == 0 || points.get(i).monthStart() && day.getMonthValue() == 1) {
				xTicks.add(new Tick(String.valueOf(day.getYear()), xs.get(i)));
			}
		}
		List<Mark> marks = decisions.stream()
			.map(mark -> new Mark(mark.number(), mark.day(), mark.authority(), LEFT + (int) Math.round(
					Duration.between(start, mark.day().atStartOfDay(start.getOffset())).toMinutes() / span * WIDTH)))
			.filter(mark -> mark.x() >= LEFT && mark.x() <= LEFT + WIDTH)
			.toList();
		// The positions drawn are those that count toward the ceiling; the page names their categories.
		return new StrengthChart(points, marks, yTicks, xTicks, steps(points, xs, top, Point::held),
				steps(points, xs, top, Point::ceiling), strengths.get(strengths.size() - 1).counted());
	}

	/** A step line through the values, a gap where there is none (no ceiling yet). */
	private static String steps(List<Point> points, List<Integer> xs, int top,
			Function<Point, Integer> value) {
		StringBuilder path = new StringBuilder();
		boolean drawing = false;
		for (int i = 0; i < points.size(); i++) {
			Integer v = value.apply(points.get(i));
			if (v == null) {
				drawing = false;
				continue;
			}
			int next = i + 1 < points.size() ? xs.get(i + 1) : LEFT + WIDTH;
			path.append(drawing ? "V" + y(v, top) : "M" + xs.get(i) + " " + y(v, top)).append(" H").append(next).append(' ');
			drawing = true;
		}
		return path.toString().trim();
	}

	private static int y(int value, int top) {
		return MARGIN + HEIGHT - value * HEIGHT / top;
	}

	public int width() {
		return LEFT + WIDTH + 40;
	}

	public int height() {
		return MARGIN + HEIGHT + 40;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return LEFT + WIDTH;
	}

	public int bottom() {
		return MARGIN + HEIGHT;
	}

	public int plotTop() {
		return MARGIN;
	}
}
