package org.credence.publication;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.security.CalendarAddresses;

/**
 * A user's calendar of deadlines at their calendar address, read as their account would read it: a
 * calendar client keeps no session, and the secret in the address is its only credential. An unknown
 * or revoked secret is not found, and never named in the answer.
 */
@RestController
class CalendarFeed {

	static final String PATH = "/calendar/{secret}.ics";

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarAddresses addresses;

	private final Deadlines deadlines;

	CalendarFeed(CalendarAddresses addresses, Deadlines deadlines) {
		this.addresses = addresses;
		this.deadlines = deadlines;
	}

	@GetMapping(PATH)
	ResponseEntity<String> calendar(@PathVariable String secret, Locale locale) {
		String body = addresses.readAs(secret, () -> deadlines.calendar(locale))
			.orElseThrow(() -> new ProblemException(ProblemKind.NOT_FOUND, "There is no calendar at this address.")
				.saying("calendar"));
		return ResponseEntity.ok().contentType(CALENDAR).body(body);
	}
}
