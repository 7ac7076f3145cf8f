package org.credence.credentials;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.security.Actors;

/**
 * Issues cards and records what becomes of them, each change in one transaction with its journal
 * entry. A card lost, stolen or renewed is replaced at once by a new one with a new number, so that
 * the old number no longer verifies.
 */
@Service
class CredentialIssuing {

	private final Credentials credentials;

	private final Registry registry;

	private final Photos photos;

	private final CredentialSettings settings;

	private final Host host;

	private final Clock clock;

	private final Journal journal;

	private final Actors actors;

	CredentialIssuing(Credentials credentials, Registry registry, Photos photos, CredentialSettings settings, Host host,
			Clock clock, Journal journal, Actors actors) {
		this.credentials = credentials;
		this.registry = registry;
		this.photos = photos;
		this.settings = settings;
		this.host = host;
		this.clock = clock;
		this.journal = journal;
		this.actors = actors;
	}

	/**
	 * A card for an accreditation held now, expiring at the end of the day before {@code expiresOn}'s
	 * start as the accreditation's credential does; by default at the accreditation's expected term
	 * (the credential expiry recorded at its approval), or after the configured maximum of years.
	 */
	@Transactional
	Credential issue(UUID accreditationId, LocalDate expiresOn) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Accreditation accreditation = registry.findAccreditation(accreditationId)
			.orElseThrow(() -> ProblemException.notFound("accreditation", accreditationId));
		if (!heldAt(accreditation, now)) {
			throw new ProblemException(CredentialProblems.NOT_HELD, "The accreditation is " + accreditation.status()
					+ " and not held on " + host.describe(now) + ": no card is issued for it.")
				.with("accreditationStatus", accreditation.status());
		}
		List<Credential> inHands = credentials.issuedFor(List.of(accreditationId));
		if (!inHands.isEmpty()) {
			throw alreadyIssued(inHands.get(0));
		}
		Credential card = newCard(accreditation, null, now, expiry(accreditation, now, expiresOn));
		credentials.add(card, null);
		journal.append("credential.issued", "credential", card.id(), card);
		return card;
	}

	/** The holder's photo, JPEG or PNG, on a card not yet out of use. */
	@Transactional
	Credential photograph(UUID id, byte[] photo) {
		String type = photos.typeOf(photo);
		Credential card = inHands(lock(id));
		credentials.setPhoto(id, photo, type);
		Credential photographed = card.withPhotoType(type);
		journal.append("credential.photographed", "credential", id,
				Map.of("number", card.number(), "photoType", type, "photoBytes", photo.length));
		return photographed;
	}

	/** The card reported lost or stolen, and its replacement with a new number, the same photo and expiry. */
	@Transactional
	Credential reportMissing(UUID id, boolean stolen) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Credential card = inHands(lock(id));
		Credential missing = card.inState(stolen ? CredentialState.STOLEN : CredentialState.LOST, now);
		credentials.changeState(missing);
		Accreditation accreditation = registry.findAccreditation(card.accreditationId()).orElseThrow();
		Credential replacement = newCard(accreditation, card, now, card.expiresAt());
		credentials.add(replacement, credentials.photo(id).orElse(null));
		journal.append(stolen ? "credential.reported-stolen" : "credential.reported-lost", "credential", id,
				Map.of("before", card, "after", missing, "replacement", replacement));
		journal.append("credential.issued", "credential", replacement.id(), replacement);
		return replacement;
	}

	/** The card handed back to the receiving party. */
	@Transactional
	Credential returned(UUID id) {
		return outOfUse(id, CredentialState.RETURNED, "credential.returned");
	}

	/** The card cancelled by the receiving party, e.g. issued in error. */
	@Transactional
	Credential cancel(UUID id) {
		return outOfUse(id, CredentialState.CANCELLED, "credential.cancelled");
	}

	/** A mission administrator's request that their mission's card be renewed; one pending per card. */
	@Transactional
	RenewalRequest requestRenewal(UUID id, String reason) {
		Credential card = inHands(lock(id));
		credentials.pendingRenewal(id).ifPresent(pending -> {
			throw new ProblemException(CredentialProblems.RENEWAL_PENDING,
					"A renewal of card " + card.number() + " was already requested on "
							+ host.describe(pending.requestedAt()) + ".")
				.with("number", card.number())
				.with("requestedOn", host.localDate(pending.requestedAt()));
		});
		RenewalRequest request = new RenewalRequest(UUID.randomUUID(), id, card.missionId(), OffsetDateTime.now(clock),
				actors.current(), reason == null || reason.isBlank() ? null : reason.trim(), null, null, null);
		credentials.addRenewal(request);
		journal.append("credential.renewal-requested", "credential", id, request);
		return request;
	}

	/** The renewal approved: the card replaced by a new one, from today to a new default expiry. */
	@Transactional
	Credential approveRenewal(UUID requestId) {
		RenewalRequest request = credentials.lockRenewal(requestId)
			.orElseThrow(() -> ProblemException.notFound("renewal request", requestId));
		if (request.approvedAt() != null) {
			throw new ProblemException(CredentialProblems.RENEWAL_APPROVED,
					"The renewal was approved on " + host.describe(request.approvedAt()) + ".")
				.with("approvedOn", host.localDate(request.approvedAt()));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Credential card = inHands(lock(request.credentialId()));
		Accreditation accreditation = registry.findAccreditation(card.accreditationId()).orElseThrow();
		if (!heldAt(accreditation, now)) {
			throw new ProblemException(CredentialProblems.NOT_HELD, "The accreditation is " + accreditation.status()
					+ " and not held on " + host.describe(now) + ": the card is not renewed.")
				.with("accreditationStatus", accreditation.status());
		}
		Credential renewed = card.inState(CredentialState.RENEWED, now);
		credentials.changeState(renewed);
		Credential replacement = newCard(accreditation, card, now, expiry(accreditation, now, null));
		credentials.add(replacement, credentials.photo(card.id()).orElse(null));
		RenewalRequest approved = new RenewalRequest(request.id(), request.credentialId(), request.missionId(),
				request.requestedAt(), request.requestedBy(), request.reason(), now, actors.current(), replacement.id());
		credentials.approveRenewal(approved);
		journal.append("credential.renewed", "credential", card.id(),
				Map.of("before", card, "after", renewed, "request", approved));
		journal.append("credential.issued", "credential", replacement.id(), replacement);
		return replacement;
	}

	private Credential outOfUse(UUID id, CredentialState state, String action) {
		Credential card = inHands(lock(id));
		Credential changed = card.inState(state, OffsetDateTime.now(clock));
		credentials.changeState(changed);
		journal.append(action, "credential", id, Map.of("before", card, "after", changed));
		return changed;
	}

	private Credential newCard(Accreditation accreditation, Credential replaced, OffsetDateTime now,
			OffsetDateTime expires) {
		String prefix = settings.prefixes().get(accreditation.category());
		int year = host.localDate(now).getYear();
		int n = credentials.nextInSeries(prefix, year);
		String number = prefix + "-" + year + "-" + String.format("%0" + settings.digits() + "d", n);
		return new Credential(UUID.randomUUID(), number, accreditation.id(), accreditation.personId(),
				accreditation.missionId(), accreditation.category(), now, expires, CredentialState.ISSUED, now,
				replaced == null ? null : replaced.id(), replaced == null ? null : replaced.photoType(), now);
	}

	private OffsetDateTime expiry(Accreditation accreditation, OffsetDateTime now, LocalDate expiresOn) {
		OffsetDateTime longest = host.startOf(host.localDate(now).plusYears(settings.maxYears()));
		if (expiresOn != null) {
			OffsetDateTime asked = host.startOf(expiresOn);
			if (!asked.isAfter(now) || asked.isAfter(longest)) {
				throw ProblemException.invalid(List.of(new InvalidField("expiresOn", "must be after "
						+ host.describe(now) + " and at most " + settings.maxYears() + " years after it")));
			}
			return asked;
		}
		OffsetDateTime term = accreditation.credentialExpires();
		return term != null && term.isAfter(now) && term.isBefore(longest) ? term : longest;
	}

	private Credential lock(UUID id) {
		return credentials.lock(id).orElseThrow(() -> ProblemException.notFound("credential", id));
	}

	private Credential inHands(Credential card) {
		if (card.state() != CredentialState.ISSUED) {
			throw new ProblemException(CredentialProblems.NOT_IN_HANDS, "Card " + card.number() + " is "
					+ card.state().name().toLowerCase() + " since " + host.describe(card.stateSince()) + ".")
				.with("number", card.number())
				.with("credentialState", card.state())
				.with("since", host.localDate(card.stateSince()));
		}
		return card;
	}

	private ProblemException alreadyIssued(Credential card) {
		return new ProblemException(CredentialProblems.ALREADY_ISSUED,
				"Card " + card.number() + " is in the holder's hands: report it lost, or renew it, rather than issue another.")
			.with("number", card.number())
			.with("credential", card.id());
	}

	/** Held at that instant: approved, started, not ended. */
	static boolean heldAt(Accreditation a, OffsetDateTime at) {
		return a.status() != AccreditationStatus.REQUESTED && a.status() != AccreditationStatus.REFUSED
				&& a.start() != null && !a.start().isAfter(at) && (a.end() == null || a.end().isAfter(at));
	}
}
