package org.credence.decisions;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.pages.Dates;

/**
 * The warnings of an impact in the reader's language, for the decision page: the API's messages
 * are English, as its problem details are.
 */
@Component
class ImpactWarnings {

	private final MessageSource messages;

	private final Dates dates;

	ImpactWarnings(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	List<String> describe(Impact impact, Locale locale) {
		return impact.warnings().stream().map(warning -> describe(impact, warning, locale)).toList();
	}

	private String describe(Impact impact, Impact.Warning warning, Locale locale) {
		String key = "impact.warning." + warning.code().name();
		Object[] arguments = switch (warning.code()) {
			case NOT_A_MEMBER, ALREADY_LEAVING, HOUSEHOLD_PRINCIPAL -> new Object[] { warning.act(), person(impact, warning.act()) };
			case OVER_CEILING -> {
				Impact.MissionEffect effect = impact.missions().stream()
					.filter(m -> m.missionId().equals(warning.missionId()))
					.findFirst()
					.orElseThrow();
				if (effect.excessAfter() == 0) {
					key += ".category";
				}
				yield new Object[] { effect.missionName(), effect.heldAfter(), effect.excessAfter(),
						effect.ceilingAfter().total() };
			}
			case EFFECTIVE_BEFORE_DEPARTURE_DEADLINE -> new Object[] { warning.act(), dates.at(impact.at()),
					dates.show(impact.acts().get(warning.act() - 1).departureDeadline()) };
		};
		return messages.getMessage(key, arguments, locale);
	}

	private static String person(Impact impact, int act) {
		String name = impact.acts().get(act - 1).personName();
		return name == null ? "—" : name;
	}
}
