package org.credence.notices;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.host.States;
import org.credence.pages.Dates;

/** A notice as a sentence in the reader's language, its instants as every page shows them. */
@Component
class NoticeText {

	private final MessageSource messages;

	private final Dates dates;

	private final States states;

	NoticeText(MessageSource messages, Dates dates, States states) {
		this.messages = messages;
		this.dates = dates;
		this.states = states;
	}

	String of(Notice notice, Locale locale) {
		Object[] arguments = notice.kind()
			.parameters()
			.stream()
			.map(name -> argument(name, notice.parameters().get(name), locale))
			.toArray();
		return messages.getMessage("notice." + notice.kind().name(), arguments, locale);
	}

	private String argument(String name, String value, Locale locale) {
		return switch (name) {
			case "deadline", "effectiveAt" -> dates.at(OffsetDateTime.parse(value));
			case "by" -> messages.getMessage("notice.by." + value, null, locale);
			case "state" -> states.find(value).map(state -> state.name(locale)).orElse(value);
			default -> value;
		};
	}
}
