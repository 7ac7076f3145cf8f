package org.credence.screening.lists;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/** A list file that is not in its list's format is refused whole, with where it went wrong. */
final class ListProblems {

	static final ProblemKind MALFORMED_FILE = new ProblemKind("malformed-list-file",
			"A list file is not in the format of its list", HttpStatus.UNPROCESSABLE_ENTITY);

	private ListProblems() {
	}

	/** A CSV file's fault, by the line its record starts on (from 1). */
	static ProblemException atLine(String file, long line, String problem) {
		return new ProblemException(MALFORMED_FILE, file + ", line " + line + ": " + problem + ". Nothing was imported.")
			.with("file", file)
			.with("line", line)
			.with("fault", problem);
	}

	/**
	 * An XML file's fault, by the element's path (e.g. {@code INDIVIDUAL[3]/INDIVIDUAL_DATE_OF_BIRTH/YEAR},
	 * the entry counted from 1 among its kind) and the line it is on.
	 */
	static ProblemException atElement(String file, String element, long line, String problem) {
		return new ProblemException(MALFORMED_FILE,
				file + ", element " + element + " (line " + line + "): " + problem + ". Nothing was imported.")
			.with("file", file)
			.with("element", element)
			.with("line", line)
			.with("fault", problem);
	}
}
