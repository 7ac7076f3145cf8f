package org.credence.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.problem.ProblemException;

/**
 * Decisions and the steps of their procedure; their acts are in {@link DecisionActs}, the answers of
 * the member states in {@link MemberAnswers}.
 */
@Repository
class Decisions {

	private static final String COLUMNS = """
			id, authority, status, grounds, classification, effective_at, proposed_by, drafted_at, circulated_on,
			deadline, decided_at, signed_by, applied_at, application_problem, replaces, version, reference_year,
			reference_number""";

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Decision d) {
		jdbc.sql("insert into decision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.authority().name(), d.status().name(), d.grounds(), d.classification(), d.effectiveAt(),
					d.proposedBy(), d.draftedAt(), d.circulatedOn(), d.deadline(), d.decidedAt(), d.signedBy(),
					d.appliedAt(), d.applicationProblem(), d.replaces(), d.version(), d.referenceYear(), d.referenceNumber())
			.update();
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
			.query(Decisions::map)
			.list();
	}

	/** Adopted decisions whose acts concern any of those missions, directly or through an accreditation, in one query. */
	List<Decision> adoptedAbout(Collection<UUID> missions) {
		return jdbc.sql("select " + COLUMNS + """
				 from decision where status = 'ADOPTED' and exists (
				    select 1 from decision_act a left join accreditation r on r.id = a.accreditation_id
				    where a.decision_id = decision.id and (a.mission_id = any(:missions) or r.mission_id = any(:missions)))
				order by id""")
			.param("missions", missions.toArray(UUID[]::new))
			.query(Decisions::map)
			.list();
	}

	/** The decisions of those ids that exist, read without a lock: to name them, not to change them. */
	List<Decision> byIds(Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from decision where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(Decisions::map)
			.list();
	}

	/**
	 * Decisions circulated, adopted or still in the making with a deadline or an effective instant from
	 * that instant on; only those circulated to the member state when one is given.
	 */
	List<Decision> datedFrom(OffsetDateTime from, String circulatedTo) {
		return jdbc.sql("select " + COLUMNS + """
				 from decision where status in ('DRAFT', 'CIRCULATED', 'ADOPTED')
				and (deadline >= :from or effective_at >= :from or decided_at >= :from)
				and (cast(:state as char(3)) is null or exists (select 1 from decision_member m
				     where m.decision_id = decision.id and m.state = :state))
				order by id""")
			.param("from", from)
			.param("state", circulatedTo)
			.query(Decisions::map)
			.list();
	}

	/** The decision, its row locked: every step of the procedure is taken on the latest state. */
	Decision lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from decision where id = ? for update").param(id).query(Decisions::map)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("decision", id));
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
			.query(Decisions::map)
			.optional();
	}

	/** How many adopted decisions are due at that instant and wait to be applied, as {@link #lockNextDue} finds them. */
	long dueCount(OffsetDateTime now) {
		return jdbc.sql("""
				select count(*) from decision
				where status = 'ADOPTED' and applied_at is null and application_problem is null
				  and (effective_at is null or effective_at <= ?)""")
			.param(now)
			.query(Long.class)
			.single();
	}

	private static Decision map(ResultSet rs, int row) throws SQLException {
		return new Decision(rs.getObject("id", UUID.class), Authority.valueOf(rs.getString("authority")),
				DecisionStatus.valueOf(rs.getString("status")), rs.getString("grounds"), rs.getString("classification"),
				rs.getObject("effective_at", OffsetDateTime.class), rs.getString("proposed_by"),
				rs.getObject("drafted_at", OffsetDateTime.class), rs.getObject("circulated_on", LocalDate.class),
				rs.getObject("deadline", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("signed_by"), rs.getObject("applied_at", OffsetDateTime.class),
				rs.getString("application_problem"), rs.getObject("replaces", UUID.class), rs.getInt("version"),
				rs.getInt("reference_year"), rs.getInt("reference_number"));
	}
}
