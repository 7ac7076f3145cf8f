package org.credence.notices;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.host.States;

/** A notice as a sentence in the reader's language, its instants as the receiving party's clocks show them. */
@Component
class NoticeText {

	private final MessageSource messages;

	private final Host host;

	private final States states;

	NoticeText(MessageSource messages, Host host, States states) {
		this.messages = messages;
		this.host = host;
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

	String time(OffsetDateTime instant) {
		return instant == null ? "" : host.describe(instant.truncatedTo(ChronoUnit.MINUTES));
	}

	private String argument(String name, String value, Locale locale) {
		return switch (name) {
			case "deadline", "effectiveAt" -> time(OffsetDateTime.parse(value));
			case "by" -> messages.getMessage("notice.by." + value, null, locale);
			case "state" -> states.find(value).map(state -> state.name(locale)).orElse(value);
			default -> value;
		};
	}
}
