package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member states a council decision was circulated to, and their answers as they come. */
@Repository
class MemberAnswers {

	private final JdbcClient jdbc;

	MemberAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void ask(UUID decision, List<String> states) {
		states.forEach(state -> jdbc.sql("insert into decision_member (decision_id, state) values (?, ?)")
			.params(decision, state)
			.update());
	}

	void answer(UUID decision, MemberAnswer answer) {
		jdbc.sql("""
				update decision_member set answer = ?, statement = ?, answered_at = ?, answered_by = ?
				where decision_id = ? and state = ?""")
			.params(answer.answer().name(), answer.statement(), answer.answeredAt(), answer.answeredBy(), decision,
					answer.state())
			.update();
	}

	List<MemberAnswer> of(UUID decision) {
		return of(List.of(decision)).getOrDefault(decision, List.of());
	}

	/** The states asked about each decision, by code, with their answers: one query however many decisions. */
	Map<UUID, List<MemberAnswer>> of(Collection<UUID> decisions) {
		Map<UUID, List<MemberAnswer>> answers = new HashMap<>();
		jdbc.sql("""
				select decision_id, state, answer, statement, answered_at, answered_by
				from decision_member where decision_id = any(?) order by decision_id, state""")
			.param(decisions.toArray(UUID[]::new))
			.query(rs -> {
				String answer = rs.getString("answer");
				answers.computeIfAbsent(rs.getObject("decision_id", UUID.class), d -> new ArrayList<>())
					.add(new MemberAnswer(rs.getString("state"), answer == null ? null : MemberAnswer.Answer.valueOf(answer),
							rs.getString("statement"), rs.getObject("answered_at", OffsetDateTime.class),
							rs.getString("answered_by")));
			});
		return answers;
	}
}
