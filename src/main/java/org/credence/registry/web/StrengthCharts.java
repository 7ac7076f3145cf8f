package org.credence.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.registry.MissionStatus;
import org.credence.registry.accreditation.StrengthSeries;
import org.credence.registry.history.HistoryEntry;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.StatusChange;

/**
 * The points of a mission's strength chart: every month start from its establishment (or from 30
 * years back, for an older mission) to today, or to its suspension or closure, and every day a ceiling or a decision took effect, where the lines
 * may turn between two months.
 */
@Component
class StrengthCharts {

	/** How far back a chart reaches, so that a page has at most this many years of monthly points whatever the data. */
	static final int YEARS = 30;

	private final StrengthSeries series;

	private final Host host;

	StrengthCharts(StrengthSeries series, Host host) {
		this.series = series;
		this.host = host;
	}

	/** The chart, or null for a mission not yet established; {@code decisions}: those applied to the mission, in order. */
	StrengthChart of(UUID missionId, List<StatusChange> statuses, List<Ceiling> ceilings, List<HistoryEntry> decisions,
			OffsetDateTime now) {
		if (statuses.isEmpty() || statuses.get(0).effectiveFrom().isAfter(now)) {
			return null;
		}
		StatusChange last = statuses.stream().filter(change -> !change.effectiveFrom().isAfter(now)).reduce((a, b) -> b)
			.orElseThrow();
		// A closed mission's chart ends at its closure. A suspended one's staff and ceiling stand still;
		// it runs on for a year at most, so that measures taking effect with the suspension show.
		OffsetDateTime end = switch (last.status()) {
			case ACTIVE -> now;
			case SUSPENDED -> now.isBefore(last.effectiveFrom().plusYears(1)) ? now : last.effectiveFrom().plusYears(1);
			case CLOSED -> last.effectiveFrom();
		};
		OffsetDateTime established = statuses.get(0).effectiveFrom();
		OffsetDateTime start = established.isBefore(end.minusYears(YEARS)) ? host.startOf(host.localDate(end.minusYears(YEARS))
			.withDayOfMonth(1).plusMonths(1)) : established;
		// Keyed by instant, so that an event on a month start is one point, marked as the month's.
		TreeMap<Instant, OffsetDateTime> instants = new TreeMap<>();
		TreeMap<Instant, Boolean> monthStarts = new TreeMap<>();
		instants.put(start.toInstant(), start);
		for (LocalDate month = host.localDate(start).withDayOfMonth(1).plusMonths(1);
				host.startOf(month).isBefore(end); month = month.plusMonths(1)) {
			instants.put(host.startOf(month).toInstant(), host.startOf(month));
			monthStarts.put(host.startOf(month).toInstant(), true);
		}
		List<OffsetDateTime> events = new ArrayList<>();
		ceilings.forEach(ceiling -> events.add(ceiling.effectiveFrom()));
		Map<UUID, HistoryEntry> applied = new LinkedHashMap<>();
		decisions.forEach(entry -> applied.putIfAbsent(entry.decisionId(), entry));
		applied.values().forEach(entry -> events.add(entry.occurredAt()));
		events.stream().filter(at -> at.isAfter(start) && at.isBefore(end))
			.forEach(at -> instants.putIfAbsent(at.toInstant(), at));

		List<OffsetDateTime> at = List.copyOf(instants.values());
		List<LocalDate> days = at.stream().map(host::localDate).toList();
		List<Boolean> firsts = at.stream().map(i -> i.equals(start) || monthStarts.containsKey(i.toInstant())).toList();
		List<StrengthChart.Mark> marks = new ArrayList<>();
		applied.values().forEach(entry -> marks.add(new StrengthChart.Mark(marks.size() + 1,
				host.localDate(entry.occurredAt()), entry.detail(), 0)));
		return StrengthChart.of(series.at(missionId, ceilings, at), days, firsts, end, marks);
	}
}
