package org.credence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.Scrape;

/**
 * /actuator/prometheus: read by administrators and by a scraper holding an auditor service account's
 * token, refused to everyone else; requests named by their route, never by a path with ids in it.
 */
@CredenceTest
class MetricsEndpointTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MeterRegistry meters;

	@Test
	void onlyAdministratorsAndAuditorsReadTheMetrics() {
		assertThat(prometheus(api.anonymous()).status()).isEqualTo(401);
		assertThat(prometheus(api.as(accounts.user(Role.PROTOCOL_OFFICER).token())).status()).isEqualTo(403);
		assertThat(prometheus(api.as(accounts.user(Role.SECURITY_OFFICER).token())).status()).isEqualTo(403);
		assertThat(prometheus(api).status()).isEqualTo(200);
	}

	@Test
	void aScraperReadsWithTheTokenOfAnAuditorServiceAccount() {
		String scraper = api.post("/api/admin/users", json("name", "prometheus-" + System.nanoTime(), "kind", "SERVICE",
				"role", "AUDITOR")).id();
		String token = api.post("/api/admin/users/" + scraper + "/tokens", json("name", "scrape", "days", 30))
			.json().get("secret").asString();

		Api.Response response = prometheus(api.as(token));

		assertThat(response.status()).as(response.text()).isEqualTo(200);
		assertThat(response.text()).contains("credence_journal_unsealed_entries");
	}

	@Test
	void requestsAreCountedByRouteTemplateWithThePoolAndTheJvm() {
		String mission = fixtures.mission("CHE", "2017-01-01");
		assertThat(api.get("/api/missions/" + mission).status()).isEqualTo(200);

		Scrape scrape = Scrape.of(api);

		assertThat(scrape.value("http_server_requests_seconds_count", "method=\"GET\"", "uri=\"/api/missions/{id}\"",
				"status=\"200\"")).isPositive();
		assertThat(scrape.samples("http_server_requests_seconds_bucket", "uri=\"/api/missions/{id}\"")).isNotEmpty();
		assertThat(scrape.text()).as("no path with an id in it").doesNotContain(mission);
		assertThat(scrape.samples("hikaricp_connections_active")).isNotEmpty();
		assertThat(scrape.samples("hikaricp_connections_pending")).isNotEmpty();
		assertThat(scrape.samples("jvm_memory_used_bytes", "area=\"heap\"")).isNotEmpty();
	}

	@Test
	void springSecurityIsNotObservedWhileRequestsAre() {
		fixtures.mission("AUT", "2017-01-01");
		assertThat(api.get("/api/missions").status()).isEqualTo(200);

		assertThat(meters.getMeters()).map(meter -> meter.getId().getName())
			.contains("http.server.requests")
			.noneMatch(name -> name.startsWith("spring.security"));
		assertThat(Scrape.of(api).text()).doesNotContain("spring_security");
	}

	private static Api.Response prometheus(Api caller) {
		return caller.request("GET", "/actuator/prometheus", null, null, "Accept",
				"application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1");
	}
}
