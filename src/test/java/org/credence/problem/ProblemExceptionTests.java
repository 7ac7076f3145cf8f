package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extension members never shadow the standard members of a problem document. */
class ProblemExceptionTests {

	@ParameterizedTest
	@ValueSource(strings = { "type", "title", "status", "detail", "instance" })
	void aStandardMemberCannotBeSetAsAnExtension(String name) {
		ProblemException problem = new ProblemException(ProblemKind.CONFLICT, "Conflict.");

		assertThatIllegalArgumentException().isThrownBy(() -> problem.with(name, "SUSPENDED"));
		assertThat(problem.properties()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "missionStatus", "errors", "resource" })
	void otherMembersAreKept(String name) {
		assertThat(new ProblemException(ProblemKind.CONFLICT, "Conflict.").with(name, "x").properties())
			.containsEntry(name, "x");
	}
}
