package org.credence.screening;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.credence.screening.matching.Reason;

/** A score's reasons in the reader's language. */
@Component
class ReasonTexts {

	private final MessageSource messages;

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	List<String> said(List<Reason> reasons) {
		return reasons.stream()
			.map(reason -> messages.getMessage("screening.reason." + reason.code(), reason.arguments().toArray(),
					reason.code() + " " + reason.arguments(), LocaleContextHolder.getLocale()))
			.toList();
	}
}
