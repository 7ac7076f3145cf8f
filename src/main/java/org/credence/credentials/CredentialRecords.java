package org.credence.credentials;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.host.Host;
import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.mission.Mission;
import org.credence.registry.person.Person;

/** What is read of the cards: one card, an accreditation's cards, those expiring soon and those not returned. */
@Service
@Transactional(readOnly = true)
class CredentialRecords {

	/** How far ahead the cards expiring soon are listed. */
	static final int EXPIRING_DAYS = 60;

	private final Credentials credentials;

	private final Registry registry;

	private final Host host;

	private final Clock clock;

	CredentialRecords(Credentials credentials, Registry registry, Host host, Clock clock) {
		this.credentials = credentials;
		this.registry = registry;
		this.host = host;
		this.clock = clock;
	}

	CredentialView get(UUID id) {
		Credential card = credentials.find(id).orElseThrow(() -> ProblemException.notFound("credential", id));
		return views(List.of(card), Map.of()).get(0);
	}

	Optional<byte[]> photo(UUID id) {
		return credentials.photo(id);
	}

	List<CredentialView> ofAccreditation(UUID accreditationId) {
		registry.findAccreditation(accreditationId)
			.orElseThrow(() -> ProblemException.notFound("accreditation", accreditationId));
		return views(credentials.ofAccreditation(accreditationId), Map.of());
	}

	/** Cards in their holders' hands that expire in the next {@value #EXPIRING_DAYS} days, the soonest first. */
	List<CredentialView> expiring() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime until = host.startOf(host.localDate(now).plusDays(EXPIRING_DAYS + 1));
		return views(credentials.expiring(now, until), Map.of());
	}

	/**
	 * Cards still in their holders' hands whose accreditation ended, due back by the departure
	 * deadline of a withdrawal or by the last day of a notified departure, that day past: the oldest first.
	 */
	List<CredentialView> unreturned() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = host.localDate(now);
		// The registry answers only for accreditations the caller may see, so a mission administrator gets their own.
		List<Credential> issued = credentials.issued();
		Map<UUID, Accreditation> accreditations = registry
			.findAccreditations(issued.stream().map(Credential::accreditationId).distinct().toList());
		Map<UUID, LocalDate> due = new HashMap<>();
		for (Credential card : issued) {
			Accreditation a = accreditations.get(card.accreditationId());
			if (a == null || a.end() == null || a.end().isAfter(now)) {
				continue;
			}
			LocalDate dueBy = a.departureDeadline() != null ? a.departureDeadline()
					: host.localDate(a.end().minusNanos(1));
			if (dueBy.isBefore(today)) {
				due.put(card.id(), dueBy);
			}
		}
		return views(issued.stream().filter(c -> due.containsKey(c.id())).toList(), due).stream()
			.sorted(Comparator.comparing(CredentialView::dueBy).thenComparing(CredentialView::number))
			.toList();
	}

	/**
	 * The cards that were valid at the start of that day in the receiving party's time zone: valid as
	 * cards, and their accreditation held then.
	 */
	List<CredentialView> validOn(LocalDate day) {
		OffsetDateTime at = host.startOf(day);
		List<Credential> cards = credentials.validAt(at);
		Map<UUID, Accreditation> accreditations = registry
			.findAccreditations(cards.stream().map(Credential::accreditationId).distinct().toList());
		return views(cards.stream().filter(card -> {
			Accreditation a = accreditations.get(card.accreditationId());
			return a != null && a.start() != null && !a.start().isAfter(at) && (a.end() == null || a.end().isAfter(at));
		}).toList(), Map.of());
	}

	List<RenewalRequest> pendingRenewals() {
		return credentials.pendingRenewals();
	}

	/** The cards as shown, with their due day where known. */
	List<CredentialView> views(List<Credential> cards, Map<UUID, LocalDate> due) {
		Map<UUID, Person> persons = registry.findPersons(cards.stream().map(Credential::personId).distinct().toList());
		Map<UUID, Mission> missions = registry.findMissions(cards.stream().map(Credential::missionId).distinct().toList());
		LocalDate today = host.localDate(OffsetDateTime.now(clock));
		return cards.stream().map(c -> {
			LocalDate dueBy = due.get(c.id());
			return new CredentialView(c.id(), c.number(), c.accreditationId(), c.personId(),
					Optional.ofNullable(persons.get(c.personId())).map(Person::nameLatin).orElse(null), c.missionId(),
					Optional.ofNullable(missions.get(c.missionId())).map(Mission::name).orElse(null), c.category(),
					host.local(c.issuedAt()), host.localDate(c.expiresAt()), c.state(), host.local(c.stateSince()),
					c.replaces(), c.photoType() != null, dueBy, dueBy == null ? null : dueBy.until(today, ChronoUnit.DAYS));
		}).toList();
	}
}
