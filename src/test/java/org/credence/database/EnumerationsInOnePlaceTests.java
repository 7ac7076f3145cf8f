package org.credence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.registry.StaffCategory;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Staff categories and act kinds are each kept in one place in the database (migration V51): an
 * unknown value is refused by that one constraint, and a new staff category is one insert. The
 * rows these tests write themselves are written in a transaction that is rolled back.
 */
@CredenceTest
class EnumerationsInOnePlaceTests {

	private static final String NEW_CATEGORY = "HONORARY_CONSUL";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Fixtures fixtures;

	UUID mission;

	UUID request;

	@BeforeEach
	void missionWithARequest() {
		mission = UUID.fromString(fixtures.mission("FRA", "2020-01-01"));
		request = UUID.fromString(fixtures.request(mission.toString(), "2021-01-01"));
	}

	@Test
	void theStaffCategoriesOfTheDatabaseAreThoseOfTheRegistry() {
		assertThat(jdbc.sql("select code from staff_category").query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(Stream.of(StaffCategory.values()).map(Enum::name).toList());
	}

	@Test
	void everyColumnNamingAStaffCategoryRefusesOneTheDatabaseDoesNotList() {
		assertRefused("accreditation_category", () -> writeAccreditation(NEW_CATEGORY));
		assertRefused("ceiling_category_category", () -> writeCeiling(NEW_CATEGORY));
		assertRefused("decision_act_category_category", () -> writeCeilingAct(NEW_CATEGORY));
		assertRefused("incident_count_category", () -> writeIncidentCount(NEW_CATEGORY));
	}

	@Test
	void aNewStaffCategoryIsOneInsert() {
		assertThatCode(() -> transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("insert into staff_category (code) values (?)").param(NEW_CATEGORY).update();
			writeAccreditation(NEW_CATEGORY);
			writeCeiling(NEW_CATEGORY);
			writeCeilingAct(NEW_CATEGORY);
			writeIncidentCount(NEW_CATEGORY);
			writeIncidentCount("UNSPECIFIED");
		})).doesNotThrowAnyException();
	}

	@Test
	void anActOfAnUnknownKindOrNotNamingItsRecordIsRefusedByTheOneConstraintOnKinds() {
		assertRefused("decision_act_kind", () -> writeAct("EXPEL_EVERYONE", "mission_id"));
		assertRefused("decision_act_kind", () -> writeAct("SUSPEND_MISSION", "accreditation_id"));
	}

	private void assertRefused(String constraint, Runnable write) {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> write.run()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("constraint \"" + constraint + "\"");
	}

	private void writeAccreditation(String category) {
		jdbc.sql("update accreditation set category = ? where id = ?").params(category, request).update();
	}

	private void writeCeiling(String category) {
		UUID ceiling = UUID.randomUUID();
		jdbc.sql("insert into ceiling (id, mission_id, effective_from, total, recorded_at, recorded_by)"
				+ " values (?, ?, now(), 1, now(), 'test')").params(ceiling, mission).update();
		jdbc.sql("insert into ceiling_category (ceiling_id, category, max_positions) values (?, ?, 1)")
			.params(ceiling, category).update();
	}

	private void writeCeilingAct(String category) {
		UUID decision = writeAct("SET_CEILING", "mission_id");
		jdbc.sql("insert into decision_act_category (decision_id, position, category, max_positions) values (?, 1, ?, 1)")
			.params(decision, category).update();
	}

	private void writeIncidentCount(String category) {
		UUID incident = UUID.randomUUID();
		jdbc.sql("insert into incident (id, kind, title, affected_state, occurred_on, classification, recorded_at, recorded_by)"
				+ " values (?, 'EXPULSION', 'Test', 'RUS', current_date, 'NATO UNCLASSIFIED', now(), 'test')")
			.param(incident).update();
		jdbc.sql("insert into incident_count (incident_id, category, number) values (?, ?, 1)")
			.params(incident, category).update();
	}

	/** A draft decision with one act of that kind naming the mission or the request in that column. */
	private UUID writeAct(String kind, String subject) {
		UUID decision = UUID.randomUUID();
		// A year no decision is drafted in, and a number of its own, so that the reference stays unique.
		jdbc.sql("insert into decision (id, authority, status, grounds, classification, proposed_by, drafted_at,"
				+ " reference_year, reference_number) values (?, 'EXECUTIVE', 'DRAFT', 'Test', 'NATO UNCLASSIFIED', 'test', now(),"
				+ " 1900, ?)").params(decision, Math.abs(decision.getLeastSignificantBits() % 1_000_000_000)).update();
		jdbc.sql("insert into decision_act (decision_id, position, kind, total, " + subject + ") values (?, 1, ?, 1, ?)")
			.params(decision, kind, subject.equals("mission_id") ? mission : request)
			.update();
		return decision;
	}
}
