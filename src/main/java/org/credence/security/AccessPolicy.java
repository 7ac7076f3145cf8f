package org.credence.security;

import static org.credence.security.Role.ADMINISTRATOR;
import static org.credence.security.Role.AUDITOR;
import static org.credence.security.Role.EXECUTIVE;
import static org.credence.security.Role.MISSION_ADMINISTRATOR;
import static org.credence.security.Role.PROTOCOL_OFFICER;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call what: the one authorization table of the application, one line per route as the
 * handler mappings declare it ("METHOD /pattern", ANY for a route of every method). A route that is
 * not listed is refused to everyone but administrators, and fails the route-by-role test. Which records a permitted
 * caller sees is the other half: a mission administrator's scope, applied by the registry's
 * queries through {@link Actors#missionScope()}.
 */
final class AccessPolicy {

	/** Anyone, logged in or not. */
	static final Set<Role> PUBLIC = null;

	static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);

	/** Those who keep the registry: missions, persons, ceilings, statuses, requests. */
	static final Set<Role> KEEPERS = EnumSet.of(ADMINISTRATOR, PROTOCOL_OFFICER);

	/** Those who approve or refuse a request. */
	static final Set<Role> DECIDERS = EnumSet.of(ADMINISTRATOR, PROTOCOL_OFFICER, EXECUTIVE);

	/**
	 * Those who notify arrivals and departures, and register the persons they notify; they also
	 * confirm that withdrawn persons left, and so watch the departures that are overdue.
	 */
	static final Set<Role> NOTIFIERS = EnumSet.of(ADMINISTRATOR, PROTOCOL_OFFICER, MISSION_ADMINISTRATOR);

	static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR);

	/** Those who read decisions: everyone but a mission administrator, about whose mission they may be. */
	static final Set<Role> DECISION_READERS = EnumSet.complementOf(EnumSet.of(MISSION_ADMINISTRATOR));

	/** Those who answer a council decision for a member state: its delegates only, never on its behalf. */
	static final Set<Role> DELEGATES = EnumSet.of(Role.MEMBER_STATE_DELEGATE);

	/** The executive's signature is the executive's alone. */
	static final Set<Role> EXECUTIVES = EnumSet.of(EXECUTIVE);

	/** The receiving party's own roles: everyone but mission administrators reads the relations register. */
	static final Set<Role> RELATIONS_READERS = EnumSet.complementOf(EnumSet.of(MISSION_ADMINISTRATOR));

	/** Those who record incidents and cite their sources. */
	static final Set<Role> RELATIONS_KEEPERS = EnumSet.of(ADMINISTRATOR, PROTOCOL_OFFICER, Role.SECURITY_OFFICER);

	/**
	 * Those who screen names, decide screening hits and read the watch lists; only administrators
	 * import lists, and the others see only whether a person is cleared.
	 */
	static final Set<Role> SCREENERS = EnumSet.of(ADMINISTRATOR, Role.SECURITY_OFFICER);

	/** Those who read and verify the journal. */
	static final Set<Role> AUDITORS = EnumSet.of(ADMINISTRATOR, AUDITOR);

	/**
	 * Those who read the server's metrics. A scraper such as Prometheus calls with the token of a
	 * service account: an auditor's, the one role that reads and changes nothing it could harm.
	 */
	static final Set<Role> METRICS_READERS = EnumSet.of(ADMINISTRATOR, AUDITOR);

	private static final Map<String, Set<Role>> ROUTES = table(
			"ANY    /error", PUBLIC,
			"GET    /login", PUBLIC,
			"GET    /v3/api-docs", PUBLIC,
			"GET    /v3/api-docs.yaml", PUBLIC,
			"GET    /v3/api-docs/swagger-config", PUBLIC,
			"GET    /swagger-ui.html", PUBLIC,
			// Unless credence.publication.public-list=false closes them (ClosedToThePublic).
			"GET    /public/diplomatic-list", PUBLIC,
			"GET    /public/diplomatic-list.csv", PUBLIC,
			"GET    /public/diplomatic-list.json", PUBLIC,
			"GET    /public/diplomatic-list.pdf", PUBLIC,
			"GET    /public/diplomatic-list/changes.atom", PUBLIC,
			// The secret in the path is the credential: see CalendarAddresses.
			"GET    /calendar/{secret}.ics", PUBLIC,

			// Credentials: the public verification, the cards, their renewals and the pages that list them.
			"GET    /public/credentials/{number}", PUBLIC,
			"POST   /api/credentials", KEEPERS,
			"GET    /api/credentials/{id}", ANY_ROLE,
			"GET    /api/accreditations/{id}/credentials", ANY_ROLE,
			"PUT    /api/credentials/{id}/photo", KEEPERS,
			"GET    /api/credentials/{id}/card.pdf", ANY_ROLE,
			"POST   /api/credentials/{id}/loss", KEEPERS,
			"POST   /api/credentials/{id}/return", KEEPERS,
			"POST   /api/credentials/{id}/cancellation", KEEPERS,
			"POST   /api/credentials/{id}/renewal-requests", NOTIFIERS,
			"GET    /api/credentials/renewals", NOTIFIERS,
			"POST   /api/credentials/renewals/{id}/approval", KEEPERS,
			"GET    /api/credentials/expiring", NOTIFIERS,
			"GET    /api/credentials/unreturned", NOTIFIERS,
			"GET    /api/credentials/valid", NOTIFIERS,
			"GET    /credentials", NOTIFIERS,
			"GET    /credentials/{id}/card.pdf", ANY_ROLE,
			"POST   /credentials/{id}/renewal-request", NOTIFIERS,
			"POST   /credentials/renewals/{id}/approval", KEEPERS,
			"GET    /accreditations/{id}/credentials", ANY_ROLE,
			"POST   /accreditations/{id}/credentials", KEEPERS,
			"POST   /credentials/{id}/photo", KEEPERS,
			"POST   /credentials/{id}/loss", KEEPERS,
			"POST   /credentials/{id}/return", KEEPERS,
			"POST   /credentials/{id}/cancellation", KEEPERS,

			"GET    /api/host", ANY_ROLE,
			"GET    /api/states", ANY_ROLE,
			"GET    /api/missions", ANY_ROLE,
			"POST   /api/missions", KEEPERS,
			"GET    /api/missions/{id}", ANY_ROLE,
			"GET    /api/missions/{id}/status", ANY_ROLE,
			"POST   /api/missions/{id}/status", KEEPERS,
			"GET    /api/missions/{id}/ceilings", ANY_ROLE,
			"POST   /api/missions/{id}/ceilings", KEEPERS,
			"GET    /api/missions/{id}/contact", ANY_ROLE,
			"PUT    /api/missions/{id}/contact", KEEPERS,
			"GET    /api/missions/{id}/history", ANY_ROLE,
			"GET    /api/missions/{missionId}/members", ANY_ROLE,
			"GET    /api/missions/{missionId}/strength", ANY_ROLE,
			"GET    /api/missions/{missionId}/requests", ANY_ROLE,
			"POST   /api/missions/{missionId}/arrivals", NOTIFIERS,
			"GET    /api/accreditations/{id}", ANY_ROLE,
			"POST   /api/accreditations/{id}/approval", DECIDERS,
			"POST   /api/accreditations/{id}/refusal", DECIDERS,
			"POST   /api/accreditations/{id}/departure", NOTIFIERS,
			"POST   /api/accreditations/{id}/departure-confirmation", NOTIFIERS,
			"GET    /api/departures/overdue", ANY_ROLE,
			// Households (VCDR art. 37) and which categories count toward ceilings.
			"GET    /api/accreditations/{id}/household", ANY_ROLE,
			"POST   /api/accreditations/{id}/household", NOTIFIERS,
			"POST   /api/accreditations/{id}/private-servants", NOTIFIERS,
			"PUT    /api/households/links/{id}", NOTIFIERS,
			"GET    /api/households/age-limit", ANY_ROLE,
			"GET    /api/staff-categories", ANY_ROLE,
			"PUT    /api/staff-categories/{category}", KEEPERS,
			"GET    /api/persons", ANY_ROLE,
			"POST   /api/persons", NOTIFIERS,
			"GET    /api/persons/{id}", ANY_ROLE,
			"GET    /api/persons/{id}/history", ANY_ROLE,
			"PUT    /api/persons/{id}/other-names", NOTIFIERS,
			"GET    /api/persons/{id}/screening", ANY_ROLE,
			"POST   /api/screening/checks", SCREENERS,
			"GET    /api/screening/hits", SCREENERS,
			"GET    /api/screening/hits/{id}", SCREENERS,
			"POST   /api/screening/hits/{id}/clearance", SCREENERS,
			"POST   /api/screening/hits/{id}/confirmation", SCREENERS,
			"GET    /api/account/tokens", ANY_ROLE,
			"POST   /api/account/tokens", ANY_ROLE,
			"DELETE /api/account/tokens/{id}", ANY_ROLE,
			"POST   /api/account/password", ANY_ROLE,
			"GET    /api/admin/users", ADMINISTRATORS,
			"POST   /api/admin/users", ADMINISTRATORS,
			"GET    /api/admin/users/{id}", ADMINISTRATORS,
			"PATCH  /api/admin/users/{id}", ADMINISTRATORS,
			"GET    /api/admin/users/{id}/tokens", ADMINISTRATORS,
			"POST   /api/admin/users/{id}/tokens", ADMINISTRATORS,
			"DELETE /api/admin/users/{id}/tokens/{tokenId}", ADMINISTRATORS,
			"GET    /api/decisions", DECISION_READERS,
			"POST   /api/decisions", KEEPERS,
			"GET    /api/decisions/{id}", DECISION_READERS,
			"GET    /api/decisions/{id}/impact", DECISION_READERS,
			"POST   /api/decisions/{id}/circulation", KEEPERS,
			"POST   /api/decisions/{id}/deadline", KEEPERS,
			"POST   /api/decisions/{id}/answers", DELEGATES,
			"POST   /api/decisions/{id}/signature", EXECUTIVES,
			"POST   /api/decisions/{id}/withdrawal", KEEPERS,
			"GET    /api/incidents", RELATIONS_READERS,
			"POST   /api/incidents", RELATIONS_KEEPERS,
			"GET    /api/incidents/{id}", RELATIONS_READERS,
			"POST   /api/incidents/{id}/citations", RELATIONS_KEEPERS,
			"POST   /api/incidents/{id}/persons", RELATIONS_KEEPERS,
			"GET    /api/relations/timeline", RELATIONS_READERS,
			"GET    /api/relations/counts", RELATIONS_READERS,
			"GET    /api/relations/precedents", RELATIONS_READERS,
			"GET    /api/relations/export", RELATIONS_READERS,
			"POST   /api/relations/import", RELATIONS_KEEPERS,
			"GET    /api/transfer/registry", ADMINISTRATORS,
			"POST   /api/transfer/registry", ADMINISTRATORS,
			"GET    /api/forums", RELATIONS_READERS,
			"POST   /api/forums", RELATIONS_KEEPERS,
			"GET    /api/forums/{id}", RELATIONS_READERS,
			"POST   /api/forums/{id}/meetings", RELATIONS_KEEPERS,
			"POST   /api/forums/{id}/proposals", RELATIONS_KEEPERS,
			"POST   /api/forums/{id}/proposals/{proposalId}/answer", RELATIONS_KEEPERS,
			"GET    /api/notices", ANY_ROLE,
			"POST   /api/notices/{id}/read", ANY_ROLE,
			"GET    /api/journal", AUDITORS,
			"GET    /api/journal/export", AUDITORS,
			"GET    /api/journal/export/csv", AUDITORS,
			"GET    /api/journal/verification", AUDITORS,
			"GET    /api/journal/checkpoints", AUDITORS,
			"GET    /api/journal/public-key", AUDITORS,
			"GET    /api/journal/consistency", AUDITORS,
			"GET    /api/screening/lists", SCREENERS,
			"GET    /api/screening/lists/{list}/versions", SCREENERS,
			"GET    /api/screening/lists/{list}/versions/{id}", SCREENERS,
			"POST   /api/screening/lists/ofac-sdn/versions", ADMINISTRATORS,
			"POST   /api/screening/lists/un-consolidated/versions", ADMINISTRATORS,
			"POST   /api/intake/csv", KEEPERS,
			"GET    /api/intake/jobs/{id}", KEEPERS,

			"GET    /", ANY_ROLE,
			"GET    /missions", ANY_ROLE,
			"POST   /missions", KEEPERS,
			"GET    /missions/{id}", ANY_ROLE,
			"GET    /missions/{id}/members", ANY_ROLE,
			"GET    /missions/{id}/requests", ANY_ROLE,
			"GET    /missions/{id}/departures", ANY_ROLE,
			"GET    /missions/{id}/history", ANY_ROLE,
			"GET    /missions/{id}/measures", ANY_ROLE,
			"GET    /missions/{id}/arrivals", NOTIFIERS,
			"POST   /missions/{id}/ceilings", KEEPERS,
			"POST   /missions/{id}/status", KEEPERS,
			"POST   /missions/{id}/contact", KEEPERS,
			"POST   /missions/{id}/arrivals", NOTIFIERS,
			"POST   /missions/{id}/departures", NOTIFIERS,
			"POST   /accreditations/{id}/departure-confirmation", NOTIFIERS,
			"GET    /departures/overdue", NOTIFIERS,
			"GET    /accreditations/{id}/household", ANY_ROLE,
			"POST   /accreditations/{id}/household", NOTIFIERS,
			"GET    /households/age-limit", ANY_ROLE,
			"POST   /accreditations/{id}/approval", DECIDERS,
			"POST   /accreditations/{id}/refusal", DECIDERS,
			"GET    /persons", ANY_ROLE,
			"POST   /persons", NOTIFIERS,
			"GET    /journal", AUDITORS,
			"GET    /intake", KEEPERS,
			"POST   /intake", KEEPERS,
			"GET    /intake/template.csv", KEEPERS,
			"GET    /intake/jobs/{id}", KEEPERS,
			"POST   /intake/jobs/{id}/import", KEEPERS,
			"GET    /screening", SCREENERS,
			"GET    /screening/checks", SCREENERS,
			"GET    /screening/lists", SCREENERS,
			"POST   /screening/lists/ofac-sdn/versions", ADMINISTRATORS,
			"POST   /screening/lists/un-consolidated/versions", ADMINISTRATORS,
			"POST   /screening/checks", SCREENERS,
			"GET    /screening/checks/{id}", SCREENERS,
			"GET    /screening/hits/{id}", SCREENERS,
			"POST   /screening/hits/{id}/clearance", SCREENERS,
			"POST   /screening/hits/{id}/confirmation", SCREENERS,
			"GET    /decisions", DECISION_READERS,
			"POST   /decisions", KEEPERS,
			"GET    /decisions/inbox", DELEGATES,
			"GET    /decisions/signing", EXECUTIVES,
			"GET    /decisions/{id}", DECISION_READERS,
			"POST   /decisions/{id}/circulation", KEEPERS,
			"POST   /decisions/{id}/deadline", KEEPERS,
			"POST   /decisions/{id}/answers", DELEGATES,
			"POST   /decisions/{id}/signature", EXECUTIVES,
			"POST   /decisions/{id}/withdrawal", KEEPERS,
			"GET    /persons/{id}", ANY_ROLE,
			"GET    /persons/{id}/arrival", NOTIFIERS,
			"GET    /incidents", RELATIONS_READERS,
			"POST   /incidents", RELATIONS_KEEPERS,
			"GET    /incidents/{id}", RELATIONS_READERS,
			"POST   /incidents/{id}/citations", RELATIONS_KEEPERS,
			"POST   /incidents/{id}/persons", RELATIONS_KEEPERS,
			"GET    /relations", RELATIONS_READERS,
			"GET    /relations/timeline", RELATIONS_READERS,
			"GET    /forums", RELATIONS_READERS,
			"POST   /forums", RELATIONS_KEEPERS,
			"GET    /forums/{id}", RELATIONS_READERS,
			"POST   /forums/{id}/meetings", RELATIONS_KEEPERS,
			"POST   /forums/{id}/proposals", RELATIONS_KEEPERS,
			"POST   /forums/{id}/proposals/{proposalId}/answer", RELATIONS_KEEPERS,
			"GET    /notices", ANY_ROLE,
			"POST   /notices/read", ANY_ROLE,
			"POST   /notices/{id}/read", ANY_ROLE,
			"GET    /account/tokens", ANY_ROLE,
			"POST   /account/tokens", ANY_ROLE,
			"POST   /account/tokens/{id}/revocation", ANY_ROLE,
			"GET    /account/calendar", ANY_ROLE,
			"POST   /account/calendar", ANY_ROLE,
			"POST   /account/calendar/revocation", ANY_ROLE,
			"GET    /account/password", ANY_ROLE,
			"POST   /account/password", ANY_ROLE,
			"GET    /admin/users", ADMINISTRATORS,
			"POST   /admin/users", ADMINISTRATORS,
			"GET    /admin/users/{id}", ADMINISTRATORS,
			"POST   /admin/users/{id}", ADMINISTRATORS,
			"POST   /admin/users/{id}/unlock", ADMINISTRATORS,
			"POST   /admin/users/{id}/tokens", ADMINISTRATORS,
			"POST   /admin/users/{id}/tokens/{tokenId}/revocation", ADMINISTRATORS,

			// The actuator's own routes pass no controller gate: SecurityConfiguration applies these lines.
			"GET    /actuator/prometheus", METRICS_READERS);

	/**
	 * Paths served without a controller route (static files, the login and logout filters, the
	 * health probe) that are open to anyone; everything else outside the table needs a login.
	 */
	static final List<String> PUBLIC_RESOURCES = List.of("/css/**", "/js/**", "/swagger-ui/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**");

	enum Decision {
		ALLOWED, UNAUTHENTICATED, FORBIDDEN, UNLISTED
	}

	private AccessPolicy() {
	}

	/** The route as the table names it, e.g. "POST /api/missions", for a request method and a route pattern. */
	static String route(String method, String pattern) {
		return ("HEAD".equals(method) ? "GET" : method) + " " + pattern;
	}

	static Decision decide(String route, Caller caller) {
		String pattern = route.substring(route.indexOf(' ') + 1);
		String key = ROUTES.containsKey(route) ? route : "ANY " + pattern;
		if (!ROUTES.containsKey(key)) {
			// Administrators may do everything, so a route merged without its line still works for
			// them; everyone else is refused, and the route-by-role test fails until the line is written.
			return caller == null ? Decision.UNAUTHENTICATED
					: caller.role() == Role.ADMINISTRATOR ? Decision.ALLOWED : Decision.UNLISTED;
		}
		Set<Role> allowed = ROUTES.get(key);
		if (allowed == PUBLIC) {
			return Decision.ALLOWED;
		}
		if (caller == null) {
			return Decision.UNAUTHENTICATED;
		}
		return allowed.contains(caller.role()) ? Decision.ALLOWED : Decision.FORBIDDEN;
	}

	static boolean listed(String route) {
		return ROUTES.containsKey(route) || ROUTES.containsKey("ANY " + route.substring(route.indexOf(' ') + 1));
	}

	static Map<String, Set<Role>> routes() {
		return ROUTES;
	}

	private static Map<String, Set<Role>> table(Object... routesAndRoles) {
		Map<String, Set<Role>> table = new LinkedHashMap<>();
		for (int i = 0; i < routesAndRoles.length; i += 2) {
			String route = ((String) routesAndRoles[i]).replaceAll(" +", " ");
			if (table.containsKey(route)) {
				throw new IllegalStateException("Route listed twice: " + route);
			}
			@SuppressWarnings("unchecked")
			Set<Role> roles = (Set<Role>) routesAndRoles[i + 1];
			table.put(route, roles);
		}
		return table;
	}
}
