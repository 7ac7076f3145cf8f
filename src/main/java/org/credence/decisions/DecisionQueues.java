package org.credence.decisions;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.credence.security.Actors;

/**
 * How many decisions wait for someone, each in one count: for the start page and the navigation,
 * which show them on every page and so must not read the decisions themselves.
 */
@Service
public class DecisionQueues {

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	DecisionQueues(JdbcClient jdbc, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	/** Executive decisions in draft: the executive's signing queue. */
	public int toSign() {
		return count("select count(*) from decision where status = 'DRAFT' and authority = 'EXECUTIVE'");
	}

	/** Council decisions in draft, not yet circulated to the member states. */
	public int toCirculate() {
		return count("select count(*) from decision where status = 'DRAFT' and authority = 'COUNCIL'");
	}

	/**
	 * Council decisions circulated and still open to answers: adopted or not at their deadline. One whose
	 * deadline passed is not counted: its outcome is settled as soon as a list of decisions is read.
	 */
	public int awaitingOutcome() {
		return jdbc.sql("select count(*) from decision where status = 'CIRCULATED' and deadline > ?")
			.param(OffsetDateTime.now(clock))
			.query(Integer.class)
			.single();
	}

	/** Circulated decisions the calling delegate's state was asked about and has not answered: their inbox. */
	public int toAnswer() {
		return actors.memberState()
			.map(state -> jdbc.sql("""
					select count(*) from decision d join decision_member m on m.decision_id = d.id
					where d.status = 'CIRCULATED' and d.deadline > ? and m.state = ? and m.answer is null""")
				.params(OffsetDateTime.now(clock), state)
				.query(Integer.class)
				.single())
			.orElse(0);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
