package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import org.credence.security.PresetAccounts;
import org.credence.security.Role;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * A receiving party that sets ceilings only by decisions taken in the registry
 * ({@code credence.decisions.recorded-directly} without SET_CEILING): the server refuses a ceiling
 * recorded directly, writing nothing, and the mission's page offers no form for it, while a
 * suspension the configuration still lets be recorded is offered and taken.
 */
@CredenceTest
class MeasuresDecidedHereTests {

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void aMeasureKeptForDecisionsIsNeitherOfferedNorTakenAsRecordedElsewhere() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource);
				ConfigurableApplicationContext server = database.start(false,
						"--credence.decisions.recorded-directly=SUSPEND_MISSION")) {
			Api officer = api.to(server.getEnvironment()).as(EmptyDatabase.token("measures-officer", "PROTOCOL_OFFICER"));
			String mission = officer.post("/api/missions", json("sendingState", "NOR", "name", "Mission of Norway",
					"kind", "PERMANENT_MISSION", "establishedOn", "2020-01-01")).id();

			Api.Response ceiling = officer.post("/api/missions/" + mission + "/ceilings",
					json("effectiveOn", "2021-01-01", "total", 10));
			assertThat(ceiling.status()).as(ceiling.text()).isEqualTo(409);
			assertThat(ceiling.json().path("type").asString()).endsWith("/decided-in-registry");
			assertThat(officer.get("/api/missions/" + mission + "/ceilings").json().size()).as("nothing written").isZero();
			Api.Response closing = officer.post("/api/missions/" + mission + "/status",
					json("status", "CLOSED", "effectiveOn", "2021-01-01", "reason", "Closed"));
			assertThat(closing.status()).as(closing.text()).isEqualTo(409);

			String password = server.getBean(PresetAccounts.class).create("measures.officer", Role.PROTOCOL_OFFICER, null, null);
			Pages pages = Pages.as(officer.baseUrl(), "measures.officer", password);
			String html = pages.get("/missions/" + mission + "/measures?lang=fr").html();
			assertThat(html).contains("id=\"ceiling-by-decision\"", "id=\"propose-measure\"")
				.doesNotContain("id=\"ceiling\"")
				.contains("id=\"statusChange\"", "value=\"SUSPENDED\"")
				.doesNotContain("value=\"CLOSED\"", "value=\"ACTIVE\"");

			Api.Response suspension = officer.post("/api/missions/" + mission + "/status",
					json("status", "SUSPENDED", "effectiveOn", "2021-01-01", "reason", "Announced by the sending state"));
			assertThat(suspension.status()).as(suspension.text()).isEqualTo(201);
		}
	}
}
