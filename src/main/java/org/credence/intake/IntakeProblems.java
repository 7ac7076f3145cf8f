package org.credence.intake;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/** A file that is not a CSV file of the intake's columns is refused before any row is read. */
final class IntakeProblems {

	static final ProblemKind REFUSED_FILE = new ProblemKind("intake-file",
			"The file is not a CSV file with the intake's header", HttpStatus.BAD_REQUEST);

	static final ProblemKind NOT_IMPORTABLE = new ProblemKind("intake-not-importable",
			"Only a dry run done without errors can be imported", HttpStatus.CONFLICT);

	private IntakeProblems() {
	}

	static ProblemException file(String words, String detail) {
		return new ProblemException(REFUSED_FILE, detail + " Nothing was read.").saying(words);
	}
}
