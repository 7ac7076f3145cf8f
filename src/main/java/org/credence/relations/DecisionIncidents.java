package org.credence.relations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.credence.decisions.DecisionApplied;
import org.credence.host.Host;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;

/**
 * The receiving party's own withdrawals enter the register when the decision takes effect: one
 * incident per state whose mission lost members, dated the day the decision was adopted (the day
 * it was announced), with the counts by category, the persons and the latest departure deadline.
 * It listens in the applying transaction, so the incident exists if and only if the withdrawals do.
 */
@Component
class DecisionIncidents {

	private final IncidentRecording recording;

	private final Incidents incidents;

	private final Registry registry;

	private final Host host;

	DecisionIncidents(IncidentRecording recording, Incidents incidents, Registry registry, Host host) {
		this.recording = recording;
		this.incidents = incidents;
		this.registry = registry;
		this.host = host;
	}

	@EventListener
	void applied(DecisionApplied event) {
		if (event.withdrawn().isEmpty() || incidents.recordedFrom(event.decision())) {
			return;
		}
		Map<String, List<Accreditation>> byState = event.withdrawn().stream()
			.map(registry::findAccreditation)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.groupingBy(a -> registry.mission(a.missionId()).sendingState(), TreeMap::new,
					Collectors.toList()));
		LocalDate decided = host.localDate(event.decidedAt());
		byState.forEach((state, withdrawn) -> {
			Map<String, Integer> counts = new LinkedHashMap<>();
			withdrawn.forEach(a -> counts.merge(a.category().name(), 1, Integer::sum));
			LocalDate deadline = withdrawn.stream()
				.map(Accreditation::departureDeadline)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.filter(day -> !day.isBefore(decided))
				.orElse(null);
			String title = "Withdrawal of " + withdrawn.size() + " accreditation" + (withdrawn.size() == 1 ? "" : "s")
					+ " by decision of " + decided;
			recording.add(new IncidentRecording.NewIncident(null, IncidentKind.EXPULSION, title, Parties.HOST, state,
					decided, deadline, event.grounds(), null, event.classification(), counts,
					withdrawn.stream().map(Accreditation::personId).toList()), event.decision());
		});
	}
}
