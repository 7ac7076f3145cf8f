package org.credence.registry.accreditation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import org.credence.registry.accreditation.AccreditationEvent.Kind;
import org.credence.security.Actors;

/** Each change of an accreditation as an event: when it happened, when it was recorded, by whom. */
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

	void record(Accreditation accreditation, Kind kind, OffsetDateTime occurredAt, String reason) {
		accreditations.addEvent(new AccreditationEvent(0, accreditation.id(), kind, occurredAt, reason,
				OffsetDateTime.now(clock), actors.current()));
	}
}
