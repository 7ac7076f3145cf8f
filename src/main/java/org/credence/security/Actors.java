package org.credence.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is acting: recorded with every change, and what part of the registry they may see. */
@Component
public class Actors {

	/** The registry itself: what happens at a set time, outside any request or whoever's request noticed it. */
	public static final String SYSTEM = "system";

	/** The logged-in user's name; "anonymous" on a public route; "system" outside any request. */
	public String current() {
		Caller caller = caller();
		if (caller != null) {
			return caller.name();
		}
		return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : "anonymous";
	}

	/**
	 * The one mission the caller may see, for a mission administrator; empty for everyone else.
	 * Records outside it must look exactly as if they did not exist.
	 */
	public Optional<UUID> missionScope() {
		Caller caller = caller();
		return caller != null && caller.role() == Role.MISSION_ADMINISTRATOR ? Optional.of(caller.mission())
				: Optional.empty();
	}

	/** The member state a delegate answers for; empty for everyone else. */
	public Optional<String> memberState() {
		Caller caller = caller();
		return caller != null && caller.role() == Role.MEMBER_STATE_DELEGATE ? Optional.ofNullable(caller.memberState())
				: Optional.empty();
	}

	/** The logged-in person as the pages see them (their name, role and the routes they may use); empty for nobody. */
	public Optional<Viewer> viewer() {
		return Optional.ofNullable(caller()).map(caller -> new Viewer(caller.name(), caller.role()));
	}

	static Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
	}
}
