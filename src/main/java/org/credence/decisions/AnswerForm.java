package org.credence.decisions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A delegate's answer for their member state: concur, or break silence with a statement. */
class AnswerForm {

	@NotNull
	private MemberAnswer.Answer answer;

	@Size(max = 10000)
	private String statement;

	public MemberAnswer.Answer getAnswer() {
		return answer;
	}

	public void setAnswer(MemberAnswer.Answer answer) {
		this.answer = answer;
	}

	public String getStatement() {
		return statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}
}
