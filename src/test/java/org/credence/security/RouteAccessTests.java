package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Every route of the running application, as its handler mappings declare it, called over HTTP by
 * every role and by an anonymous caller. Ids in paths name records of a mission that is not the
 * mission administrator's own. A route missing from the table fails, so no endpoint escapes.
 * <p>
 * y = allowed (anything but 401, 403 or a failure); n = 403; s = allowed in their own scope only, so here the
 * same answer as for a record that does not exist; p = public; - = must log in (401 for the API and
 * actuator, the login page for pages).
 */
@CredenceTest
class RouteAccessTests {

	private static final List<Role> COLUMNS = List.of(Role.ADMINISTRATOR, Role.PROTOCOL_OFFICER, Role.EXECUTIVE,
			Role.SECURITY_OFFICER, Role.MEMBER_STATE_DELEGATE, Role.MISSION_ADMINISTRATOR, Role.AUDITOR);

	private static final String TABLE = """
			route                                          ADM PRO EXE SEC DEL MIS AUD ANON
			ANY    /error                                   p   p   p   p   p   p   p   p
			GET    /login                                   p   p   p   p   p   p   p   p
			GET    /v3/api-docs                             p   p   p   p   p   p   p   p
			GET    /v3/api-docs.yaml                        p   p   p   p   p   p   p   p
			GET    /v3/api-docs/swagger-config              p   p   p   p   p   p   p   p
			GET    /swagger-ui.html                         p   p   p   p   p   p   p   p
			GET    /public/diplomatic-list                  p   p   p   p   p   p   p   p
			GET    /public/diplomatic-list.csv              p   p   p   p   p   p   p   p
			GET    /public/diplomatic-list.json             p   p   p   p   p   p   p   p
			GET    /public/diplomatic-list.pdf              p   p   p   p   p   p   p   p
			GET    /public/diplomatic-list/changes.atom     p   p   p   p   p   p   p   p
			GET    /calendar/{secret}.ics                   p   p   p   p   p   p   p   p
			GET    /public/credentials/{number}             p   p   p   p   p   p   p   p
			POST   /api/credentials                         y   y   n   n   n   n   n   -
			GET    /api/credentials/{id}                    y   y   y   y   y   y   y   -
			GET    /api/accreditations/{id}/credentials     y   y   y   y   y   s   y   -
			PUT    /api/credentials/{id}/photo              y   y   n   n   n   n   n   -
			GET    /api/credentials/{id}/card.pdf           y   y   y   y   y   y   y   -
			POST   /api/credentials/{id}/loss               y   y   n   n   n   n   n   -
			POST   /api/credentials/{id}/return             y   y   n   n   n   n   n   -
			POST   /api/credentials/{id}/cancellation       y   y   n   n   n   n   n   -
			POST   /api/credentials/{id}/renewal-requests   y   y   n   n   n   y   n   -
			GET    /api/credentials/renewals                y   y   n   n   n   y   n   -
			POST   /api/credentials/renewals/{id}/approval  y   y   n   n   n   n   n   -
			GET    /api/credentials/expiring                y   y   n   n   n   y   n   -
			GET    /api/credentials/unreturned              y   y   n   n   n   y   n   -
			GET    /api/credentials/valid                   y   y   n   n   n   y   n   -
			GET    /credentials                             y   y   n   n   n   y   n   -
			GET    /credentials/{id}/card.pdf               y   y   y   y   y   y   y   -
			POST   /credentials/{id}/renewal-request        y   y   n   n   n   y   n   -
			POST   /credentials/renewals/{id}/approval      y   y   n   n   n   n   n   -
			GET    /accreditations/{id}/credentials         y   y   y   y   y   s   y   -
			POST   /accreditations/{id}/credentials         y   y   n   n   n   n   n   -
			POST   /credentials/{id}/photo                  y   y   n   n   n   n   n   -
			POST   /credentials/{id}/loss                   y   y   n   n   n   n   n   -
			POST   /credentials/{id}/return                 y   y   n   n   n   n   n   -
			POST   /credentials/{id}/cancellation           y   y   n   n   n   n   n   -
			GET    /actuator/health                         p   p   p   p   p   p   p   p
			GET    /actuator/health/**                      p   p   p   p   p   p   p   p
			GET    /actuator                                y   y   y   y   y   y   y   -
			GET    /actuator/prometheus                     y   n   n   n   n   n   y   -
			GET    /api/host                                y   y   y   y   y   y   y   -
			GET    /api/states                              y   y   y   y   y   y   y   -
			GET    /api/missions                            y   y   y   y   y   y   y   -
			POST   /api/missions                            y   y   n   n   n   n   n   -
			GET    /api/missions/{id}                       y   y   y   y   y   s   y   -
			GET    /api/missions/{id}/status                y   y   y   y   y   s   y   -
			POST   /api/missions/{id}/status                y   y   n   n   n   n   n   -
			GET    /api/missions/{id}/ceilings              y   y   y   y   y   s   y   -
			POST   /api/missions/{id}/ceilings              y   y   n   n   n   n   n   -
			GET    /api/missions/{id}/contact               y   y   y   y   y   s   y   -
			PUT    /api/missions/{id}/contact               y   y   n   n   n   n   n   -
			GET    /api/missions/{id}/history               y   y   y   y   y   s   y   -
			GET    /api/missions/{missionId}/members        y   y   y   y   y   s   y   -
			GET    /api/missions/{missionId}/strength       y   y   y   y   y   s   y   -
			GET    /api/missions/{missionId}/requests       y   y   y   y   y   s   y   -
			POST   /api/missions/{missionId}/arrivals       y   y   n   n   n   s   n   -
			GET    /api/accreditations/{id}                 y   y   y   y   y   s   y   -
			POST   /api/accreditations/{id}/approval        y   y   y   n   n   n   n   -
			POST   /api/accreditations/{id}/refusal         y   y   y   n   n   n   n   -
			POST   /api/accreditations/{id}/departure       y   y   n   n   n   s   n   -
			POST   /api/accreditations/{id}/departure-confirmation y   y   n   n   n   s   n   -
			GET    /api/departures/overdue                  y   y   y   y   y   y   y   -
			GET    /api/accreditations/{id}/household       y   y   y   y   y   s   y   -
			POST   /api/accreditations/{id}/household       y   y   n   n   n   s   n   -
			POST   /api/accreditations/{id}/private-servants y   y   n   n   n   s   n   -
			PUT    /api/households/links/{id}               y   y   n   n   n   y   n   -
			GET    /api/households/age-limit                y   y   y   y   y   y   y   -
			GET    /api/staff-categories                    y   y   y   y   y   y   y   -
			PUT    /api/staff-categories/{category}         y   y   n   n   n   n   n   -
			GET    /api/persons                             y   y   y   y   y   y   y   -
			POST   /api/persons                             y   y   n   n   n   y   n   -
			GET    /api/persons/{id}                        y   y   y   y   y   s   y   -
			GET    /api/persons/{id}/history                y   y   y   y   y   s   y   -
			PUT    /api/persons/{id}/other-names              y   y   n   n   n   s   n   -
			GET    /api/persons/{id}/screening                y   y   y   y   y   s   y   -
			POST   /api/screening/checks                      y   n   n   y   n   n   n   -
			GET    /api/screening/hits                        y   n   n   y   n   n   n   -
			GET    /api/screening/hits/{id}                   y   n   n   y   n   n   n   -
			POST   /api/screening/hits/{id}/clearance         y   n   n   y   n   n   n   -
			POST   /api/screening/hits/{id}/confirmation      y   n   n   y   n   n   n   -
			GET    /api/account/tokens                      y   y   y   y   y   y   y   -
			POST   /api/account/tokens                      y   y   y   y   y   y   y   -
			DELETE /api/account/tokens/{id}                 y   y   y   y   y   y   y   -
			POST   /api/account/password                    y   y   y   y   y   y   y   -
			GET    /api/admin/users                         y   n   n   n   n   n   n   -
			POST   /api/admin/users                         y   n   n   n   n   n   n   -
			GET    /api/admin/users/{id}                    y   n   n   n   n   n   n   -
			PATCH  /api/admin/users/{id}                    y   n   n   n   n   n   n   -
			GET    /api/admin/users/{id}/tokens             y   n   n   n   n   n   n   -
			POST   /api/admin/users/{id}/tokens             y   n   n   n   n   n   n   -
			DELETE /api/admin/users/{id}/tokens/{tokenId}   y   n   n   n   n   n   n   -
			GET    /api/decisions                           y   y   y   y   y   n   y   -
			POST   /api/decisions                           y   y   n   n   n   n   n   -
			GET    /api/decisions/{id}                      y   y   y   y   y   n   y   -
			GET    /api/decisions/{id}/impact               y   y   y   y   y   n   y   -
			POST   /api/decisions/{id}/circulation          y   y   n   n   n   n   n   -
			POST   /api/decisions/{id}/deadline             y   y   n   n   n   n   n   -
			POST   /api/decisions/{id}/answers              n   n   n   n   y   n   n   -
			POST   /api/decisions/{id}/signature            n   n   y   n   n   n   n   -
			POST   /api/decisions/{id}/withdrawal           y   y   n   n   n   n   n   -
			GET    /api/incidents                           y   y   y   y   y   n   y   -
			POST   /api/incidents                           y   y   n   y   n   n   n   -
			GET    /api/incidents/{id}                      y   y   y   y   y   n   y   -
			POST   /api/incidents/{id}/citations            y   y   n   y   n   n   n   -
			POST   /api/incidents/{id}/persons              y   y   n   y   n   n   n   -
			GET    /api/relations/timeline                  y   y   y   y   y   n   y   -
			GET    /api/relations/counts                    y   y   y   y   y   n   y   -
			GET    /api/relations/precedents                y   y   y   y   y   n   y   -
			GET    /api/relations/export                    y   y   y   y   y   n   y   -
			POST   /api/relations/import                    y   y   n   y   n   n   n   -
			GET    /api/transfer/registry                   y   n   n   n   n   n   n   -
			POST   /api/transfer/registry                   y   n   n   n   n   n   n   -
			GET    /api/forums                              y   y   y   y   y   n   y   -
			POST   /api/forums                              y   y   n   y   n   n   n   -
			GET    /api/forums/{id}                         y   y   y   y   y   n   y   -
			POST   /api/forums/{id}/meetings                y   y   n   y   n   n   n   -
			POST   /api/forums/{id}/proposals               y   y   n   y   n   n   n   -
			POST   /api/forums/{id}/proposals/{proposalId}/answer y   y   n   y   n   n   n   -
			GET    /api/notices                             y   y   y   y   y   y   y   -
			POST   /api/notices/{id}/read                   y   y   y   y   y   y   y   -
			GET    /api/journal                             y   n   n   n   n   n   y   -
			GET    /api/journal/export                      y   n   n   n   n   n   y   -
			GET    /api/journal/export/csv                  y   n   n   n   n   n   y   -
			GET    /api/journal/verification                y   n   n   n   n   n   y   -
			GET    /api/journal/checkpoints                 y   n   n   n   n   n   y   -
			GET    /api/journal/public-key                  y   n   n   n   n   n   y   -
			GET    /api/journal/consistency                 y   n   n   n   n   n   y   -
			GET    /api/screening/lists                     y   n   n   y   n   n   n   -
			GET    /api/screening/lists/{list}/versions     y   n   n   y   n   n   n   -
			GET    /api/screening/lists/{list}/versions/{id} y   n   n   y   n   n   n   -
			POST   /api/screening/lists/ofac-sdn/versions   y   n   n   n   n   n   n   -
			POST   /api/screening/lists/un-consolidated/versions y   n   n   n   n   n   n   -
			POST   /api/intake/csv                          y   y   n   n   n   n   n   -
			GET    /api/intake/jobs/{id}                    y   y   n   n   n   n   n   -
			GET    /                                        y   y   y   y   y   y   y   -
			GET    /missions                                y   y   y   y   y   y   y   -
			POST   /missions                                y   y   n   n   n   n   n   -
			GET    /missions/{id}                           y   y   y   y   y   s   y   -
			GET    /missions/{id}/members                   y   y   y   y   y   s   y   -
			GET    /missions/{id}/requests                  y   y   y   y   y   s   y   -
			GET    /missions/{id}/departures                y   y   y   y   y   s   y   -
			GET    /missions/{id}/history                   y   y   y   y   y   s   y   -
			GET    /missions/{id}/measures                  y   y   y   y   y   s   y   -
			GET    /missions/{id}/arrivals                  y   y   n   n   n   s   n   -
			POST   /missions/{id}/ceilings                  y   y   n   n   n   n   n   -
			POST   /missions/{id}/status                    y   y   n   n   n   n   n   -
			POST   /missions/{id}/contact                   y   y   n   n   n   n   n   -
			POST   /missions/{id}/arrivals                  y   y   n   n   n   s   n   -
			POST   /missions/{id}/departures                y   y   n   n   n   s   n   -
			POST   /accreditations/{id}/departure-confirmation y   y   n   n   n   s   n   -
			GET    /departures/overdue                      y   y   n   n   n   y   n   -
			GET    /accreditations/{id}/household           y   y   y   y   y   s   y   -
			POST   /accreditations/{id}/household           y   y   n   n   n   s   n   -
			GET    /households/age-limit                    y   y   y   y   y   y   y   -
			POST   /accreditations/{id}/approval            y   y   y   n   n   n   n   -
			POST   /accreditations/{id}/refusal             y   y   y   n   n   n   n   -
			GET    /persons                                 y   y   y   y   y   y   y   -
			POST   /persons                                 y   y   n   n   n   y   n   -
			GET    /persons/{id}                            y   y   y   y   y   s   y   -
			GET    /persons/{id}/arrival                    y   y   n   n   n   s   n   -
			GET    /journal                                 y   n   n   n   n   n   y   -
			GET    /screening                                 y   n   n   y   n   n   n   -
			GET    /screening/checks                          y   n   n   y   n   n   n   -
			POST   /screening/checks                          y   n   n   y   n   n   n   -
			GET    /screening/checks/{id}                     y   n   n   y   n   n   n   -
			GET    /screening/lists                           y   n   n   y   n   n   n   -
			GET    /screening/hits/{id}                       y   n   n   y   n   n   n   -
			POST   /screening/hits/{id}/clearance             y   n   n   y   n   n   n   -
			POST   /screening/hits/{id}/confirmation          y   n   n   y   n   n   n   -
			POST   /screening/lists/ofac-sdn/versions         y   n   n   n   n   n   n   -
			POST   /screening/lists/un-consolidated/versions  y   n   n   n   n   n   n   -
			GET    /intake                                  y   y   n   n   n   n   n   -
			POST   /intake                                  y   y   n   n   n   n   n   -
			GET    /intake/template.csv                     y   y   n   n   n   n   n   -
			GET    /intake/jobs/{id}                        y   y   n   n   n   n   n   -
			POST   /intake/jobs/{id}/import                 y   y   n   n   n   n   n   -
			GET    /incidents                               y   y   y   y   y   n   y   -
			POST   /incidents                               y   y   n   y   n   n   n   -
			GET    /incidents/{id}                          y   y   y   y   y   n   y   -
			POST   /incidents/{id}/citations                y   y   n   y   n   n   n   -
			POST   /incidents/{id}/persons                  y   y   n   y   n   n   n   -
			GET    /relations                               y   y   y   y   y   n   y   -
			GET    /relations/timeline                      y   y   y   y   y   n   y   -
			GET    /forums                                  y   y   y   y   y   n   y   -
			POST   /forums                                  y   y   n   y   n   n   n   -
			GET    /forums/{id}                             y   y   y   y   y   n   y   -
			POST   /forums/{id}/meetings                    y   y   n   y   n   n   n   -
			POST   /forums/{id}/proposals                   y   y   n   y   n   n   n   -
			POST   /forums/{id}/proposals/{proposalId}/answer y   y   n   y   n   n   n   -
			GET    /notices                                 y   y   y   y   y   y   y   -
			POST   /notices/read                            y   y   y   y   y   y   y   -
			POST   /notices/{id}/read                       y   y   y   y   y   y   y   -
			GET    /decisions                               y   y   y   y   y   n   y   -
			POST   /decisions                               y   y   n   n   n   n   n   -
			GET    /decisions/inbox                         n   n   n   n   y   n   n   -
			GET    /decisions/signing                       n   n   y   n   n   n   n   -
			GET    /decisions/{id}                          y   y   y   y   y   n   y   -
			POST   /decisions/{id}/circulation              y   y   n   n   n   n   n   -
			POST   /decisions/{id}/deadline                 y   y   n   n   n   n   n   -
			POST   /decisions/{id}/answers                  n   n   n   n   y   n   n   -
			POST   /decisions/{id}/signature                n   n   y   n   n   n   n   -
			POST   /decisions/{id}/withdrawal               y   y   n   n   n   n   n   -
			GET    /account/tokens                          y   y   y   y   y   y   y   -
			POST   /account/tokens                          y   y   y   y   y   y   y   -
			POST   /account/tokens/{id}/revocation          y   y   y   y   y   y   y   -
			GET    /account/calendar                        y   y   y   y   y   y   y   -
			POST   /account/calendar                        y   y   y   y   y   y   y   -
			POST   /account/calendar/revocation             y   y   y   y   y   y   y   -
			GET    /account/password                        y   y   y   y   y   y   y   -
			POST   /account/password                        y   y   y   y   y   y   y   -
			GET    /admin/users                             y   n   n   n   n   n   n   -
			POST   /admin/users                             y   n   n   n   n   n   n   -
			GET    /admin/users/{id}                        y   n   n   n   n   n   n   -
			POST   /admin/users/{id}                        y   n   n   n   n   n   n   -
			POST   /admin/users/{id}/unlock                 y   n   n   n   n   n   n   -
			POST   /admin/users/{id}/tokens                 y   n   n   n   n   n   n   -
			POST   /admin/users/{id}/tokens/{tokenId}/revocation y   n   n   n   n   n   n   -
			""";

	@Autowired
	ApplicationContext context;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void everyRouteIsInTheTableAndEveryTableLineIsARoute() {
		assertThat(Routes.of(context)).containsExactlyInAnyOrderElementsOf(expected().keySet());
	}

	@Test
	void theAccessPolicyAgreesWithTheTable() {
		assertThat(AccessPolicy.routes().keySet()).containsAll(expected().keySet().stream()
			.filter(route -> !route.startsWith("GET /actuator")).toList());
	}

	@Test
	void everyRoleGetsWhatTheTableSays() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		String request = fixtures.request(mission, "2021-09-01");
		String person = api.get("/api/accreditations/" + request).json().get("personId").asString();
		Map<Role, String> tokens = new EnumMap<>(Role.class);
		for (Role role : COLUMNS) {
			UUID ownMission = role == Role.MISSION_ADMINISTRATOR ? UUID.fromString(fixtures.mission("RUS", "2017-01-01")) : null;
			tokens.put(role, accounts.user(role, ownMission, role == Role.MEMBER_STATE_DELEGATE ? "FRA" : null).token());
		}
		List<String> wrong = new ArrayList<>();
		expected().forEach((route, cells) -> {
			String method = route.substring(0, route.indexOf(' '));
			String path = path(route.substring(route.indexOf(' ') + 1), mission, request, person);
			for (int column = 0; column <= COLUMNS.size(); column++) {
				String token = column < COLUMNS.size() ? tokens.get(COLUMNS.get(column)) : null;
				String who = column < COLUMNS.size() ? COLUMNS.get(column).name() : "anonymous";
				HttpResponse<String> response = Routes.call(api.baseUrl(), "ANY".equals(method) ? "GET" : method, path, token);
				boolean agrees = "s".equals(cells.get(column))
						? response.statusCode() >= 400 && response.statusCode() == Routes.call(api.baseUrl(), method,
								path(route.substring(route.indexOf(' ') + 1), UUID.randomUUID().toString(),
										UUID.randomUUID().toString(), UUID.randomUUID().toString()), token).statusCode()
						: agrees(cells.get(column), response, path);
				if (!agrees) {
					wrong.add(who + " " + method + " " + path + ": expected " + cells.get(column) + ", got "
							+ response.statusCode() + response.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	private static boolean agrees(String cell, HttpResponse<String> response, String path) {
		int status = response.statusCode();
		boolean toLogin = status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
		return switch (cell) {
			case "p", "y" -> status != 401 && status != 403 && !toLogin && status < 500;
			case "n" -> status == 403;
			case "-" -> path.startsWith("/api/") || path.startsWith("/actuator") ? status == 401 : toLogin;
			default -> throw new IllegalArgumentException("Unknown cell " + cell);
		};
	}


	/** A route's pattern with its variables naming records of the mission, and "**" some deeper path. */
	private static String path(String pattern, String mission, String request, String person) {
		String id = pattern.contains("missions/") ? mission : pattern.contains("accreditations/") ? request
				: pattern.contains("persons/") ? person : UUID.randomUUID().toString();
		return pattern.replaceAll("\\{[^}]+}", id).replace("**", "liveness");
	}


	private static Map<String, List<String>> expected() {
		Map<String, List<String>> table = new TreeMap<>();
		TABLE.lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
			String[] cells = line.split(" +");
			table.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
		});
		return table;
	}
}
