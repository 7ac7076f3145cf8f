package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.registry.mission.MissionKind;
import org.credence.registry.mission.MissionManagement;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** Every change of the registry leaves exactly one entry, written with it or not at all, and sealed soon after. */
@CredenceTest
class JournalWritingTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journal journal;

	@Autowired
	MissionManagement missions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JournalSealer sealer;

	@Test
	void everyRegistryChangeIsJournaledWithActionSubjectAndActor() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 30);
		String member = fixtures.member(mission, "2018-01-10");
		String refused = fixtures.request(mission, "2018-02-01");
		api.post("/api/accreditations/" + refused + "/refusal", Fixtures.json("reason", "Not acceptable"));
		api.post("/api/accreditations/" + member + "/departure", Fixtures.json("departureDate", "2021-10-31"));
		api.post("/api/missions/" + mission + "/status", Fixtures.json("status", "SUSPENDED", "effectiveOn", "2021-11-01"));
		String person = api.get("/api/accreditations/" + member).json().get("personId").asString();

		assertThat(actions(mission)).containsExactly("mission.established", "mission.ceiling-set",
				"mission.status-changed");
		assertThat(actions(member)).containsExactly("accreditation.requested", "accreditation.approved",
				"accreditation.departure-notified");
		assertThat(actions(refused)).containsExactly("accreditation.requested", "accreditation.refused");
		assertThat(actions(person)).containsExactly("person.registered");
		JsonNode refusal = entries(refused).get(1);
		assertThat(refusal.get("actor").asString()).isEqualTo(TestAccounts.ADMIN_NAME);
		assertThat(refusal.get("subjectType").asString()).isEqualTo("accreditation");
		assertThat(refusal.get("change").get("reason").asString()).isEqualTo("Not acceptable");
		assertThat(refusal.get("change").get("before").get("status").asString()).isEqualTo("REQUESTED");
		assertThat(refusal.get("change").get("after").get("status").asString()).isEqualTo("REFUSED");
	}

	@Test
	void aRefusedRequestLeavesNoEntry() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2017-01-01", 0);
		String request = fixtures.request(mission, "2018-01-10");

		Api.Response approval = api.post("/api/accreditations/" + request + "/approval", "{}");

		assertThat(approval.status()).isEqualTo(422);
		assertThat(approval.json().get("type").asString()).isEqualTo("/problems/ceiling-exceeded");
		assertThat(actions(request)).containsExactly("accreditation.requested");
	}

	@Test
	void theEntryIsWrittenInTheTransactionOfTheChange() {
		UUID[] established = new UUID[1];
		transactions.executeWithoutResult(status -> {
			established[0] = missions.establish("FRA", "Rolled back " + UUID.randomUUID(), MissionKind.EMBASSY,
					LocalDate.parse("2020-01-01")).id();
			assertThat(countEntries(established[0])).as("visible inside the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from mission where id = ?").param(established[0]).query(Long.class).single())
			.isZero();
		assertThat(countEntries(established[0])).isZero();
	}

	@Test
	void appendingOutsideATransactionFails() {
		assertThatThrownBy(() -> journal.append("test.appended", "test", UUID.randomUUID(), Map.of()))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void entriesAreWrittenUnsealedAndTheSealerGivesThemAPositionAndAHash() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		assertThat(entries(mission).get(0).path("position").isNumber()).as("sealed only by the sealer").isFalse();

		sealer.sealPending();
		JsonNode entry = entries(mission).get(0);
		assertThat(entry.get("position").isNumber()).isTrue();
		assertThat(entry.get("hash").asString()).matches("[0-9a-f]{64}");
	}

	private long countEntries(UUID subject) {
		return jdbc.sql("select count(*) from journal_entry where subject_id = ?")
			.param(subject.toString())
			.query(Long.class)
			.single();
	}

	private JsonNode entries(String subject) {
		Api.Response response = api.get("/api/journal?subject=" + subject);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().get("entries");
	}

	private List<String> actions(String subject) {
		return StreamSupport.stream(entries(subject).spliterator(), false).map(e -> e.get("action").asString()).toList();
	}
}
