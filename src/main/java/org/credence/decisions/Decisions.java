package org.credence.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.problem.ProblemException;
import org.credence.registry.StaffCategory;

/** Decisions, their acts and the answers of the member states they were circulated to. */
@Repository
class Decisions {

	private static final String COLUMNS = """
			id, authority, status, grounds, classification, effective_at, proposed_by, drafted_at, circulated_on,
			deadline, decided_at, signed_by, applied_at, application_problem, replaces, version""";

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Decision d, List<Act> acts) {
		jdbc.sql("insert into decision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.authority().name(), d.status().name(), d.grounds(), d.classification(), d.effectiveAt(),
					d.proposedBy(), d.draftedAt(), d.circulatedOn(), d.deadline(), d.decidedAt(), d.signedBy(),
					d.appliedAt(), d.applicationProblem(), d.replaces(), d.version())
			.update();
		for (int i = 0; i < acts.size(); i++) {
			Act act = acts.get(i);
			jdbc.sql("""
					insert into decision_act (decision_id, position, kind, accreditation_id, mission_id, total,
					                          departure_deadline, person_id)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), i + 1, act.kind().name(), act.accreditationId(), act.missionId(), act.total(),
						act.departureDeadline(), act.personId())
				.update();
			int position = i + 1;
			act.categories().forEach((category, max) -> jdbc.sql("""
					insert into decision_act_category (decision_id, position, category, max_positions)
					values (?, ?, ?, ?)""")
				.params(d.id(), position, category.name(), max)
				.update());
		}
	}

	/** The next version of the decision, if it was revised. */
	Optional<UUID> revisionOf(UUID id) {
		return jdbc.sql("select id from decision where replaces = ?").param(id).query(UUID.class).optional();
	}

	/** Everything but the id, the authority, the grounds and the acts may change as the procedure goes on. */
	void update(Decision d) {
		jdbc.sql("""
				update decision set status = ?, effective_at = ?, circulated_on = ?, deadline = ?, decided_at = ?,
				                    signed_by = ?, applied_at = ?, application_problem = ?
				where id = ?""")
			.params(d.status().name(), d.effectiveAt(), d.circulatedOn(), d.deadline(), d.decidedAt(), d.signedBy(),
					d.appliedAt(), d.applicationProblem(), d.id())
			.update();
	}

	/** Decisions at that step whose acts concern the mission and the person, each filter left out when null. */
	List<Decision> all(DecisionStatus status, UUID mission, UUID person) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (status != null) {
			where.add("status = ?");
			params.add(status.name());
		}
		// An act names a mission or a person directly, or through the accreditation it withdraws or decides.
		for (Object[] subject : new Object[][] { { "mission_id", mission }, { "person_id", person } }) {
			if (subject[1] != null) {
				where.add("""
						exists (select 1 from decision_act a left join accreditation r on r.id = a.accreditation_id
						        where a.decision_id = decision.id and (a.%1$s = ? or r.%1$s = ?))""".formatted(subject[0]));
				params.add(subject[1]);
				params.add(subject[1]);
			}
		}
		return jdbc.sql("select " + COLUMNS + " from decision" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by drafted_at desc, id")
			.params(params)
			.query(Decision.class)
			.list();
	}

	/** The decision, its row locked: every step of the procedure is taken on the latest state. */
	Decision lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from decision where id = ? for update").param(id).query(Decision.class)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("decision", id));
	}

	List<Act> acts(UUID id) {
		return actsOf(List.of(id)).getOrDefault(id, List.of());
	}

	/** The acts of each decision, in order, in two queries however many decisions: a list costs no more per row. */
	Map<UUID, List<Act>> actsOf(Collection<UUID> ids) {
		Map<UUID, Map<Integer, Map<StaffCategory, Integer>>> categories = new HashMap<>();
		jdbc.sql("select decision_id, position, category, max_positions from decision_act_category where decision_id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				categories.computeIfAbsent(rs.getObject(1, UUID.class), decision -> new HashMap<>())
					.computeIfAbsent(rs.getInt(2), position -> new EnumMap<>(StaffCategory.class))
					.put(StaffCategory.valueOf(rs.getString(3)), rs.getInt(4));
			});
		Map<UUID, List<Act>> acts = new HashMap<>();
		jdbc.sql("""
				select decision_id, position, kind, accreditation_id, mission_id, total, departure_deadline, person_id
				from decision_act where decision_id = any(?) order by decision_id, position""")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				UUID decision = rs.getObject("decision_id", UUID.class);
				acts.computeIfAbsent(decision, d -> new ArrayList<>()).add(new Act(ActKind.valueOf(rs.getString("kind")),
						rs.getObject("accreditation_id", UUID.class), rs.getObject("mission_id", UUID.class),
						rs.getObject("total", Integer.class), rs.getObject("departure_deadline", LocalDate.class),
						rs.getObject("person_id", UUID.class),
						categories.getOrDefault(decision, Map.of()).get(rs.getInt("position"))));
			});
		return acts;
	}

	void ask(UUID id, List<String> states) {
		states.forEach(state -> jdbc.sql("insert into decision_member (decision_id, state) values (?, ?)")
			.params(id, state)
			.update());
	}

	List<MemberAnswer> answers(UUID id) {
		return answersOf(List.of(id)).getOrDefault(id, List.of());
	}

	/** The states asked about each decision, by code, with their answers: one query however many decisions. */
	Map<UUID, List<MemberAnswer>> answersOf(Collection<UUID> ids) {
		Map<UUID, List<MemberAnswer>> answers = new HashMap<>();
		jdbc.sql("""
				select decision_id, state, answer, statement, answered_at, answered_by
				from decision_member where decision_id = any(?) order by decision_id, state""")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				String answer = rs.getString("answer");
				answers.computeIfAbsent(rs.getObject("decision_id", UUID.class), d -> new ArrayList<>())
					.add(new MemberAnswer(rs.getString("state"), answer == null ? null : MemberAnswer.Answer.valueOf(answer),
							rs.getString("statement"), rs.getObject("answered_at", OffsetDateTime.class),
							rs.getString("answered_by")));
			});
		return answers;
	}

	void answer(UUID id, MemberAnswer answer) {
		jdbc.sql("""
				update decision_member set answer = ?, statement = ?, answered_at = ?, answered_by = ?
				where decision_id = ? and state = ?""")
			.params(answer.answer().name(), answer.statement(), answer.answeredAt(), answer.answeredBy(), id,
					answer.state())
			.update();
	}

	/** Circulated decisions whose deadline has passed: their outcome is due. */
	List<UUID> pastDeadline(OffsetDateTime now) {
		return jdbc.sql("select id from decision where status = 'CIRCULATED' and deadline <= ?")
			.param(now)
			.query(UUID.class)
			.list();
	}

	/**
	 * One adopted decision due now and not yet applied, locked; one that another instance is
	 * applying is skipped rather than waited for, and will show as applied once that one commits.
	 */
	Optional<Decision> lockNextDue(OffsetDateTime now) {
		return jdbc.sql("select " + COLUMNS + """
				 from decision
				where status = 'ADOPTED' and applied_at is null and application_problem is null
				  and (effective_at is null or effective_at <= ?)
				order by effective_at nulls first, id
				limit 1 for update skip locked""")
			.param(now)
			.query(Decision.class)
			.optional();
	}
}
