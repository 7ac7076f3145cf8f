package org.credence.registry.history;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * How a history names the decisions it tells of (Council decision 2021-7 (ceiling 10, 8
 * withdrawals)). The decisions module implements it, so that the registry need not depend on it.
 */
@NamedInterface("history")
public interface DecisionNames {

	/** The reason a decision writes on the records it changes; {@link #cited} reads it back. */
	static String reason(UUID decision) {
		return "decision " + decision;
	}

	/** The decision a recorded reason names, if it is one a decision wrote, old rows included. */
	static Optional<UUID> cited(String reason) {
		Matcher matcher = REASON.matcher(reason == null ? "" : reason);
		return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
	}

	/** Each decision of those ids the caller may know of, by its reference in that language. */
	Map<UUID, String> references(Collection<UUID> decisions, Locale locale);

	Pattern REASON = Pattern.compile("decision ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
}
