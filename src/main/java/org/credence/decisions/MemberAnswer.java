package org.credence.decisions;

import java.time.OffsetDateTime;

/** A member state asked in the silence procedure, and its answer once given (all null until then). */
record MemberAnswer(String state, Answer answer, String statement, OffsetDateTime answeredAt, String answeredBy) {

	enum Answer {
		CONCUR, BREAK_SILENCE
	}
}
