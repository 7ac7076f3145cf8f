package org.credence.screening.matching;

import java.util.List;

/**
 * Why a score is what it is, said to the security officer in their language: a message
 * {@code screening.reason.<code>} with these arguments.
 */
public record Reason(String code, List<String> arguments) {

	public Reason {
		arguments = List.copyOf(arguments);
	}
}
