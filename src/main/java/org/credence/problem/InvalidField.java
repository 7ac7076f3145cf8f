package org.credence.problem;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One offending field of a request and what is wrong with it: in English for the API, and for the
 * pages the message {@code rule.<rule>} with its named arguments, where the rule holds values (a
 * date, a limit). A rule in fixed words needs none: the pages find it by its English words.
 */
public record InvalidField(String field, String problem, @JsonIgnore String rule,
		@JsonIgnore Map<String, Object> arguments) {

	public InvalidField(String field, String problem) {
		this(field, problem, null, Map.of());
	}

	/** The same problem, said on the pages by the message {@code rule.<rule>} with these arguments. */
	public InvalidField saying(String rule, Map<String, Object> arguments) {
		return new InvalidField(field, problem, rule, arguments);
	}
}
