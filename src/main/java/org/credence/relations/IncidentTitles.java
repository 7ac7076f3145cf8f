package org.credence.relations;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.decisions.DecisionTitles;

/**
 * Incidents titled as the pages show them: one recorded from a decision in the reader's language,
 * naming the decision by its reference (its stored title was written in English when the decision
 * was applied), any other as it was recorded. The decisions' references are read at once.
 */
@Component
class IncidentTitles {

	/** What a title needs of an incident, whether read whole or as the register lists it. */
	record Titled(UUID id, String title, UUID decision, int total) {
	}

	private final DecisionTitles decisions;

	private final MessageSource messages;

	IncidentTitles(DecisionTitles decisions, MessageSource messages) {
		this.decisions = decisions;
		this.messages = messages;
	}

	Map<UUID, String> of(Collection<Titled> incidents, Locale locale) {
		Map<UUID, String> references = decisions.references(
				incidents.stream().map(Titled::decision).filter(Objects::nonNull).distinct().toList(), locale);
		Map<UUID, String> titles = new LinkedHashMap<>();
		incidents.forEach(incident -> titles.put(incident.id(), incident.decision() != null && references.containsKey(incident.decision())
				? messages.getMessage("incident.title.fromDecision",
						new Object[] { incident.total(), references.get(incident.decision()) }, locale)
				: incident.title()));
		return titles;
	}

	static Titled of(IncidentViews.IncidentView incident) {
		return new Titled(incident.id(), incident.title(), incident.decision(), incident.total());
	}

	static Titled of(Incident incident) {
		return new Titled(incident.id(), incident.title(), incident.decision(), incident.total());
	}
}
