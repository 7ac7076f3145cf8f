package org.credence.registry.accreditation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import org.credence.registry.accreditation.AccreditationEvent.Kind;
import org.credence.security.Actors;

/**
 * Each change of an accreditation written with its event (when it happened, when it was recorded,
 * by whom), in one statement: there is never one without the other.
 */
@Component
class AccreditationLog {

	private final Accreditations accreditations;

	private final Actors actors;

	private final Clock clock;

	AccreditationLog(Accreditations accreditations, Actors actors, Clock clock) {
		this.accreditations = accreditations;
		this.actors = actors;
		this.clock = clock;
	}

	/** A new accreditation (a request) with the event that made it, written together. */
	void add(Accreditation accreditation, Kind kind, OffsetDateTime occurredAt, String reason) {
		accreditations.add(accreditation, event(accreditation, kind, occurredAt, reason));
	}

	/** The accreditation as changed, with the event that changed it, written together. */
	void change(Accreditation accreditation, Kind kind, OffsetDateTime occurredAt, String reason) {
		accreditations.update(accreditation, event(accreditation, kind, occurredAt, reason));
	}

	private AccreditationEvent event(Accreditation accreditation, Kind kind, OffsetDateTime occurredAt, String reason) {
		return new AccreditationEvent(0, accreditation.id(), kind, occurredAt, reason, OffsetDateTime.now(clock),
				actors.current());
	}
}
