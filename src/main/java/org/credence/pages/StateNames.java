package org.credence.pages;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.credence.host.State;
import org.credence.host.States;

/** States named in the reader's language, and listed in that language's alphabetical order: for every page's state select. */
@Component
public class StateNames {

	private final States states;

	StateNames(States states) {
		this.states = states;
	}

	/** A choice in a state select: its code and its name in the reader's language. */
	public record Option(String code, String name) {
	}

	public List<Option> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return states.all()
			.stream()
			.map(state -> new Option(state.code(), state.name(locale)))
			.sorted(Comparator.comparing(Option::name, collator))
			.toList();
	}

	public String name(String code, Locale locale) {
		return states.find(code).map(state -> state.name(locale)).orElse(code);
	}
}
