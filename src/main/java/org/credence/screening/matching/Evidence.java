package org.credence.screening.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What a query and a subject say of their bearer besides the name. Agreement raises a name's
 * score part of the way to 1; disagreement lowers it, most of all two different exact dates of
 * birth, which only a mistake in one of them could reconcile. Nothing known, nothing changes.
 */
final class Evidence {

	private static final double SAME_DAY = 0.5;

	private static final double BIRTH_AGREES = 0.2;

	private static final double OTHER_DAY = 0.6;

	private static final double NEAR_YEAR = 0.9;

	private static final double OTHER_YEAR = 0.75;

	private static final double SAME_NATIONALITY = 0.1;

	private static final double OTHER_NATIONALITY = 0.9;

	private static final double OTHER_GENDER = 0.85;

	private Evidence() {
	}

	static double weigh(double score, Query query, Subject subject, List<Reason> reasons) {
		double weighed = birth(score, query.birth(), subject.births(), reasons);
		weighed = nationality(weighed, query.nationality(), subject, reasons);
		if (query.gender() != null && subject.gender() != null && query.gender() != subject.gender()) {
			reasons.add(new Reason("gender-different", List.of()));
			weighed *= OTHER_GENDER;
		}
		return weighed;
	}

	private static double birth(double score, DateSpan asked, List<DateSpan> listed, List<Reason> reasons) {
		if (asked == null || listed.isEmpty()) {
			return score;
		}
		DateSpan nearest = listed.stream().min(Comparator.comparingLong(span -> daysApart(asked, span))).orElseThrow();
		if (asked.exact() && nearest.equals(asked)) {
			reasons.add(new Reason("birth-same", List.of(describe(asked))));
			return score + (1 - score) * SAME_DAY;
		}
		if (asked.overlaps(nearest)) {
			reasons.add(new Reason("birth-agrees", List.of(describe(asked), describe(nearest))));
			return score + (1 - score) * BIRTH_AGREES;
		}
		reasons.add(new Reason("birth-different", List.of(describe(asked), describe(nearest))));
		if (asked.exact() && nearest.exact()) {
			return score * OTHER_DAY;
		}
		return score * (daysApart(asked, nearest) <= 366 ? NEAR_YEAR : OTHER_YEAR);
	}

	private static double nationality(double score, String asked, Subject subject, List<Reason> reasons) {
		if (asked == null || subject.nationalities().isEmpty()) {
			return score;
		}
		if (subject.nationalities().contains(asked)) {
			reasons.add(new Reason("nationality-same", List.of(asked)));
			return score + (1 - score) * SAME_NATIONALITY;
		}
		String listed = String.join(", ", new TreeSet<>(subject.nationalities()));
		reasons.add(new Reason("nationality-different", List.of(asked, listed)));
		return score * OTHER_NATIONALITY;
	}

	private static long daysApart(DateSpan a, DateSpan b) {
		if (a.overlaps(b)) {
			return 0;
		}
		return a.to().isBefore(b.from()) ? ChronoUnit.DAYS.between(a.to(), b.from())
				: ChronoUnit.DAYS.between(b.to(), a.from());
	}

	/** As a person would write it: 1979-04-05, 1979-04, 1979, or 1975–1979. */
	static String describe(DateSpan span) {
		LocalDate from = span.from();
		LocalDate to = span.to();
		if (span.exact()) {
			return from.toString();
		}
		if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
			return YearMonth.from(from).toString();
		}
		boolean wholeYears = from.getDayOfYear() == 1 && to.getDayOfYear() == to.lengthOfYear();
		if (wholeYears) {
			return from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
		}
		return from + "–" + to;
	}
}
