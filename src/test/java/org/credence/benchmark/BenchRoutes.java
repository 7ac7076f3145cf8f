package org.credence.benchmark;

/**
 * The public routes {@code bench/run} measures, with their parameters, in one place: the API is
 * changing for speed (members paged, the mission page), and only these lines need to follow it.
 * Each is a format whose {@code %s} is an id or a search text.
 */
final class BenchRoutes {

	static final String HOST = "/api/host";

	static final String STATES = "/api/states";

	static final String REGISTER_PERSON = "/api/persons";

	static final String NOTIFY_ARRIVAL = "/api/missions/%s/arrivals";

	static final String APPROVE = "/api/accreditations/%s/approval";

	static final String MISSIONS = "/api/missions";

	static final String MEMBERS = "/api/missions/%s/members";

	static final String MISSION_PAGE = "/missions/%s";

	static final String PERSON_SEARCH = "/api/persons?name=%s";

	static final String VERIFY_WHOLE = "/api/journal/verification?whole=true";

	static final String VERIFY_INCREMENTAL = "/api/journal/verification";

	private BenchRoutes() {
	}
}
