package org.credence.decisions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Council decisions still open to answers, for modules that remind the member states that have not answered. */
@Component
public class OpenProcedures {

	/** A circulated decision, its deadline and the states asked that have not answered yet. */
	public record OpenProcedure(UUID decision, OffsetDateTime deadline, List<String> silentStates) {
	}

	private record Open(UUID id, OffsetDateTime deadline) {
	}

	private final JdbcClient jdbc;

	private final MemberAnswers memberAnswers;

	OpenProcedures(JdbcClient jdbc, MemberAnswers memberAnswers) {
		this.jdbc = jdbc;
		this.memberAnswers = memberAnswers;
	}

	/** Those whose deadline is after {@code now} and no later than {@code until}, soonest first. */
	public List<OpenProcedure> closingBetween(OffsetDateTime now, OffsetDateTime until) {
		List<Open> open = jdbc.sql("""
				select id, deadline from decision
				where status = 'CIRCULATED' and deadline > ? and deadline <= ?
				order by deadline, id""")
			.params(now, until)
			.query((rs, row) -> new Open(rs.getObject("id", UUID.class), rs.getObject("deadline", OffsetDateTime.class)))
			.list();
		Map<UUID, List<MemberAnswer>> answers = memberAnswers.of(open.stream().map(Open::id).toList());
		return open.stream().map(o -> new OpenProcedure(o.id(), o.deadline(), answers.getOrDefault(o.id(), List.of()).stream()
			.filter(member -> member.answer() == null)
			.map(MemberAnswer::state)
			.toList())).toList();
	}
}
