package org.credence.decisions;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.host.Host;

/**
 * Reference numbers, per authority and year, given at drafting: a draft is circulated and discussed
 * under its reference before it is adopted (many never are), and a revision is the same matter in a
 * next version, so it keeps the number of the decision it revises. A number is never given twice,
 * even if its draft is withdrawn: the counter's row is locked by the increment, so two drafts at the
 * same moment wait for each other rather than share a number.
 */
@Repository
class DecisionNumbers {

	private final JdbcClient jdbc;

	private final Host host;

	DecisionNumbers(JdbcClient jdbc, Host host) {
		this.jdbc = jdbc;
		this.host = host;
	}

	/** The next number of the authority in the year of that instant, in the receiving party's zone. */
	DecisionNumber next(Authority authority, OffsetDateTime draftedAt) {
		int year = host.localDate(draftedAt).getYear();
		int number = jdbc.sql("""
				insert into decision_reference_counter (authority, reference_year, last_number) values (?, ?, 1)
				on conflict (authority, reference_year)
				do update set last_number = decision_reference_counter.last_number + 1
				returning last_number""")
			.params(authority.name(), year)
			.query(Integer.class)
			.single();
		return new DecisionNumber(authority, year, number);
	}
}
