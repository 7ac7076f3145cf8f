package org.credence.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * The whole registry moved: the demo exported from one server and imported into another, empty one,
 * which then answers every as-of question as the first, for every mission and every month of
 * 2017-2022. A document with bad records, or an import into a registry holding data, writes nothing.
 * Two servers of their own, started once for the class; the tests run in order, the refusals into
 * the empty server before the import.
 */
@CredenceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeRegistryTransferTests {

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	private EmptyDatabase demoDatabase;

	private EmptyDatabase emptyDatabase;

	private ConfigurableApplicationContext demo;

	private ConfigurableApplicationContext empty;

	private Api fromDemo;

	private Api intoEmpty;

	private Api.Response exported;

	@BeforeAll
	void startServers() {
		demoDatabase = new EmptyDatabase(dataSource);
		emptyDatabase = new EmptyDatabase(dataSource);
		demo = demoDatabase.start(true);
		empty = emptyDatabase.start(false);
		String administrator = EmptyDatabase.token("transfer-administrator", "ADMINISTRATOR");
		fromDemo = api.to(demo.getEnvironment()).as(administrator);
		intoEmpty = api.to(empty.getEnvironment()).as(administrator);
		// The document does not carry households yet, and a registry holding any is not exported (HouseholdTests):
		// the demo's households are taken out, their members' accreditations staying as they are.
		JdbcClient demoJdbc = demo.getBean(JdbcClient.class);
		demoJdbc.sql("delete from household_link").update();
		demoJdbc.sql("delete from accreditation_tie").update();
		exported = fromDemo.get("/api/transfer/registry");
	}

	@AfterAll
	void stopServers() {
		for (AutoCloseable closing : new AutoCloseable[] { demo, empty, demoDatabase, emptyDatabase }) {
			try {
				if (closing != null) {
					closing.close();
				}
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}

	@Test
	@Order(1)
	void theExportIsOneDocumentOfTheWholeRegistryAsAFile() {
		assertThat(exported.status()).as(exported.text()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
		JsonNode document = exported.json();
		assertThat(document.path("format").asString()).isEqualTo("credence-registry/1");
		assertThat(document.path("registry").path("missions").size()).isEqualTo(4);
		assertThat(document.path("registry").path("accreditations").get(0).path("events").size()).isPositive();
		assertThat(document.path("decisions").path("decisions").size()).isEqualTo(3);
		assertThat(document.path("decisions").path("decisions").findValuesAsString("answer")).contains("CONCUR");
		assertThat(document.path("relations").path("incidents").size()).isEqualTo(7);
		assertThat(document.toString()).doesNotContain("password", "demo.admin\"");
	}

	@Test
	@Order(2)
	void aDocumentWithBadRecordsIsRefusedNamingEachPathAndWritesNothing() {
		ObjectNode bad = (ObjectNode) exported.json();
		((ObjectNode) bad.path("registry").path("persons").get(0)).put("nationality", "XXX");
		((ObjectNode) bad.path("registry").path("accreditations").get(3)).put("personId", UUID.randomUUID().toString());
		((ObjectNode) bad.path("decisions").path("decisions").get(1)).putNull("status");
		Api.Response refused = intoEmpty.post("/api/transfer/registry", bad.toString());
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().path("errors").findValuesAsString("field"))
			.containsExactly("decisions.decisions[1].status");

		((ObjectNode) bad.path("decisions").path("decisions").get(1)).put("status", "ADOPTED");
		refused = intoEmpty.post("/api/transfer/registry", bad.toString());
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().path("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("registry.persons[0].nationality", "registry.accreditations[3].personId");
		assertNothingWritten();

		// The register is checked against the persons written just before it: a bad one rolls all back.
		ObjectNode badIncident = (ObjectNode) exported.json();
		JsonNode incident = badIncident.path("relations").path("incidents").valueStream()
			.filter(i -> !i.path("persons").isEmpty()).findFirst().orElseThrow();
		((ArrayNode) incident.path("persons")).set(0, UUID.randomUUID().toString());
		refused = intoEmpty.post("/api/transfer/registry", badIncident.toString());
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().path("errors").findValuesAsString("field")).singleElement()
			.asString().matches("relations\\.incidents\\[\\d+]\\.persons\\[0]");
		assertNothingWritten();
	}

	@Test
	@Order(3)
	void theImportedRegistryAnswersEveryAsOfQuestionAsTheExportedOne() {
		Api.Response imported = intoEmpty.post("/api/transfer/registry", exported.text());
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().path("missions").asInt()).isEqualTo(4);

		List<String> questions = new ArrayList<>(List.of("/api/missions", "/api/decisions", "/api/incidents"));
		List<String> dates = dates();
		for (JsonNode mission : exported.json().path("registry").path("missions")) {
			String at = "/api/missions/" + mission.path("id").asString();
			questions.addAll(List.of(at, at + "/status", at + "/ceilings", at + "/history",
					"/api/decisions?mission=" + mission.path("id").asString()));
			for (String date : dates) {
				questions.add(at + "/members?asOf=" + date);
				questions.add(at + "/strength?asOf=" + date);
			}
		}
		for (JsonNode person : exported.json().path("registry").path("persons")) {
			questions.add("/api/persons/" + person.path("id").asString() + "/history");
		}
		for (String question : questions) {
			Api.Response asked = fromDemo.get(question);
			assertThat(asked.status()).as(question).isEqualTo(200);
			assertSameAnswer(question, asked.json(), intoEmpty.get(question).json());
		}
		String russia = exported.json().path("registry").path("missions").valueStream()
			.filter(m -> m.path("sendingState").asString().equals("RUS")).findFirst().orElseThrow().path("id").asString();
		JsonNode strength = intoEmpty.get("/api/missions/" + russia + "/strength?asOf=2017-12-31").json();
		assertThat(strength.path("held").asInt()).as("the reference case, not an empty answer twice").isEqualTo(27);
		assertThat(strength.path("ceiling").path("total").asInt()).isEqualTo(30);
		assertThat(intoEmpty.get("/api/journal?action=registry.imported").json().findValuesAsString("action"))
			.containsExactly("registry.imported");
	}

	@Test
	@Order(4)
	void aRegistryHoldingDataRefusesAnImportAndWritesNothing() {
		int missions = fromDemo.get("/api/missions").json().size();
		int decisions = fromDemo.get("/api/decisions").json().size();
		Api.Response refused = fromDemo.post("/api/transfer/registry", exported.text());
		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.json().path("type").asString()).endsWith("/conflict");
		assertThat(fromDemo.get("/api/missions").json().size()).isEqualTo(missions);
		assertThat(fromDemo.get("/api/decisions").json().size()).isEqualTo(decisions);
		assertThat(intoEmpty.post("/api/transfer/registry", exported.text()).status()).as("a second import").isEqualTo(409);
	}

	/** Element by element, so that a difference is shown as the one record that differs. */
	private static void assertSameAnswer(String question, JsonNode exported, JsonNode imported) {
		if (exported.isArray() && imported.isArray()) {
			for (int i = 0; i < Math.min(exported.size(), imported.size()); i++) {
				assertThat(imported.get(i)).as(question + " [" + i + "]").isEqualTo(exported.get(i));
			}
		}
		assertThat(imported).as(question).isEqualTo(exported);
	}

	private void assertNothingWritten() {
		assertThat(intoEmpty.get("/api/missions").json().size()).isZero();
		assertThat(intoEmpty.get("/api/persons").json().size()).isZero();
		assertThat(intoEmpty.get("/api/decisions").json().size()).isZero();
		assertThat(intoEmpty.get("/api/incidents").json().size()).isZero();
	}

	/** The first of every month of 2017-2022, the demo's own instants around its two decisions, and today. */
	private static List<String> dates() {
		List<String> dates = new ArrayList<>(List.of("2018-03-27T12:00:00%2B02:00", "2021-10-31T23:59:59%2B01:00",
				"2021-11-01", LocalDate.now().toString()));
		for (LocalDate month = LocalDate.of(2017, 1, 1); month.getYear() < 2023; month = month.plusMonths(1)) {
			dates.add(month.toString());
		}
		return dates;
	}
}
