package org.credence.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.screening.matching.Reason;

/** Checks and the hits they found; a hit's decision is the only change ever made to it. */
@Repository
class Checks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> QUERY = new TypeReference<>() {
	};

	private static final String HITS = """
			select id, check_id, person_id, list_id, entry, entry_digest, entry_name, query_name, matched_name, score,
			       reasons, state, decided_at, decided_by, decision_reason
			from screening_hit""";

	private final JdbcClient jdbc;

	Checks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Check check) {
		jdbc.sql("""
				insert into screening_check (id, person_id, occasion, query, threshold, checked_at, checked_by)
				values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
			.params(check.id(), check.personId(), check.occasion().name(), JSON.writeValueAsString(check.query()),
					check.threshold(), check.checkedAt(), check.checkedBy())
			.update();
	}

	void add(Hit hit) {
		jdbc.sql("""
				insert into screening_hit (id, check_id, person_id, list_id, entry, entry_digest, entry_name, query_name,
				                           matched_name, score, reasons, state)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(hit.id(), hit.checkId(), hit.personId(), hit.list(), hit.entry(), hit.entryDigest(), hit.entryName(),
					hit.queryName(), hit.matchedName(), hit.score(), JSON.writeValueAsString(hit.reasons()),
					hit.state().name())
			.update();
	}

	/** An open hit found again: it now shows what the latest check found. */
	void refresh(UUID openHit, Hit found) {
		jdbc.sql("""
				update screening_hit set check_id = ?, entry_digest = ?, entry_name = ?, query_name = ?, matched_name = ?,
				       score = ?, reasons = cast(? as jsonb)
				where id = ? and state = 'OPEN'""")
			.params(found.checkId(), found.entryDigest(), found.entryName(), found.queryName(), found.matchedName(),
					found.score(), JSON.writeValueAsString(found.reasons()), openHit)
			.update();
	}

	/** False when someone decided it first. */
	boolean decide(Hit decided) {
		return jdbc.sql("""
				update screening_hit set state = ?, decided_at = ?, decided_by = ?, decision_reason = ?
				where id = ? and state = 'OPEN'""")
			.params(decided.state().name(), decided.decidedAt(), decided.decidedBy(), decided.decisionReason(),
					decided.id())
			.update() == 1;
	}

	Optional<Check> check(UUID id) {
		return jdbc.sql("select id, person_id, occasion, query, threshold, checked_at, checked_by from screening_check where id = ?")
			.param(id)
			.query((rs, row) -> new Check(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					Occasion.valueOf(rs.getString("occasion")), JSON.readValue(rs.getString("query"), QUERY),
					rs.getBigDecimal("threshold"), rs.getObject("checked_at", OffsetDateTime.class),
					rs.getString("checked_by")))
			.optional();
	}

	Optional<Hit> hit(UUID id) {
		return jdbc.sql(HITS + " where id = ?").param(id).query(Checks::map).optional();
	}

	/** The person's hits, newest decision or check first, keyed by list and entry for the next check. */
	Map<String, List<Hit>> hitsOf(UUID personId) {
		return jdbc.sql(HITS + " where person_id = ? order by coalesce(decided_at, 'infinity') desc")
			.param(personId)
			.query(Checks::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(hit -> hit.list() + " " + hit.entry(), LinkedHashMap::new, Collectors.toList()));
	}

	List<Hit> hitsOfCheck(UUID checkId) {
		return jdbc.sql(HITS + " where check_id = ? order by score desc, list_id, entry").param(checkId).query(Checks::map).list();
	}

	/** Open hits, highest score first: the security officer's queue. */
	List<Hit> open(int limit) {
		return jdbc.sql(HITS + " where state = 'OPEN' order by score desc, id limit ?").param(limit).query(Checks::map).list();
	}

	boolean screened(UUID personId) {
		return jdbc.sql("select exists (select 1 from screening_check where person_id = ?)").param(personId)
			.query(Boolean.class).single();
	}

	int openCount() {
		return jdbc.sql("select count(*) from screening_hit where state = 'OPEN'").query(Integer.class).single();
	}

	private static Hit map(ResultSet rs, int row) throws SQLException {
		return new Hit(rs.getObject("id", UUID.class), rs.getObject("check_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getString("list_id"), rs.getString("entry"),
				rs.getString("entry_digest"), rs.getString("entry_name"), rs.getString("query_name"),
				rs.getString("matched_name"), rs.getBigDecimal("score"), JSON.readValue(rs.getString("reasons"), REASONS),
				HitState.valueOf(rs.getString("state")), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("decided_by"), rs.getString("decision_reason"));
	}
}
