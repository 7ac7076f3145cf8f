package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.Scrape;

/** The Grafana dashboard in ops/grafana reads only metrics that the server's scrape holds, so it cannot drift. */
@CredenceTest
class DashboardTests {

	private static final Path DASHBOARD = Path.of("ops/grafana/credence-dashboard.json");

	/** What of a query is not a metric's name: strings, label matchers and lists, ranges, grouping clauses. */
	private static final Pattern NOT_NAMES = Pattern.compile("\"[^\"]*\"|\\{[^}]*}|\\[[^]]*]|\\b(by|without)\\s*\\([^)]*\\)");

	/** A name not followed by "(", which would make it a function. */
	private static final Pattern NAME = Pattern.compile("\\b[a-zA-Z_:][a-zA-Z0-9_:]*\\b(?!\\s*\\()");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void everyMetricOfTheDashboardIsInTheScrape() {
		// Meters that appear at their first use: a request, a person screened.
		String mission = fixtures.mission("DNK", "2017-01-01");
		api.get("/api/missions/" + mission);
		fixtures.person("DNK");
		Scrape scrape = Scrape.of(api);

		Set<String> metrics = metricsOf(JsonMapper.builder().build().readTree(DASHBOARD.toFile()));

		assertThat(metrics).contains("http_server_requests_seconds_bucket", "hikaricp_connections_pending",
				"credence_journal_unsealed_age_seconds", "credence_decisions_due", "credence_screening_person_seconds_bucket",
				"jvm_memory_used_bytes");
		assertThat(metrics).allSatisfy(metric -> assertThat(scrape.samples(metric)).as(metric).isNotEmpty());
	}

	private static Set<String> metricsOf(JsonNode dashboard) {
		Set<String> metrics = new TreeSet<>();
		for (JsonNode panel : dashboard.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				Matcher names = NAME.matcher(NOT_NAMES.matcher(target.path("expr").asString()).replaceAll(" "));
				while (names.find()) {
					metrics.add(names.group());
				}
			}
		}
		return metrics;
	}
}
