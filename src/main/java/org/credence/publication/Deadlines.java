package org.credence.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.decisions.DecisionCalendar;
import org.credence.host.Host;
import org.credence.pages.Dates;
import org.credence.registry.DepartureDeadline;
import org.credence.registry.Registry;

/**
 * The caller's deadlines as a calendar: the decisions' answer deadlines and effective instants, and
 * the days by which withdrawn persons not yet confirmed gone must leave, each read as the caller may
 * read them. A departure is due at the end of its day, the instant it becomes overdue. Those of the
 * last {@link #PAST_DAYS} days stay, so that a client does not drop an event the day it passes.
 */
@Component
class Deadlines {

	static final int PAST_DAYS = 90;

	private final DecisionCalendar decisions;

	private final Registry registry;

	private final MessageSource messages;

	private final Dates dates;

	private final Host host;

	private final Clock clock;

	Deadlines(DecisionCalendar decisions, Registry registry, MessageSource messages, Dates dates, Host host,
			Clock clock) {
		this.decisions = decisions;
		this.registry = registry;
		this.messages = messages;
		this.dates = dates;
		this.host = host;
		this.clock = clock;
	}

	String calendar(Locale locale) {
		OffsetDateTime from = OffsetDateTime.now(clock).minusDays(PAST_DAYS);
		List<ICalendar.Event> events = new ArrayList<>();
		for (DecisionCalendar.Dated dated : decisions.from(from, locale)) {
			boolean deadline = dated.moment() == DecisionCalendar.Moment.ANSWER_DEADLINE;
			events.add(new ICalendar.Event("decision-" + dated.decisionId() + (deadline ? "-deadline" : "-effect") + "@credence",
					dated.at(), text(deadline ? "calendar.answer-deadline" : "calendar.takes-effect", locale,
							dated.reference()), dates.at(dated.at())));
		}
		for (DepartureDeadline departure : registry.departureDeadlines(host.localDate(from))) {
			if (departure.departedOn() == null) {
				events.add(new ICalendar.Event("departure-" + departure.accreditationId() + "@credence",
						host.startOf(departure.deadline().plusDays(1)), text("calendar.departure", locale,
								departure.personName(), departure.missionName()),
						text("calendar.departure.by", locale, dates.show(departure.deadline()))));
			}
		}
		events.sort(Comparator.comparing(ICalendar.Event::at).thenComparing(ICalendar.Event::uid));
		return ICalendar.of(text("calendar.name", locale), clock.instant(), events);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
