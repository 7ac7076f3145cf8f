package org.credence.intake;

import java.util.List;

/**
 * What is wrong with a row: its line in the file (from 1, the header's being 1), the column by its
 * header name (null for the row as a whole), the rule broken (a message {@code intake.error.<rule>})
 * and the rule's arguments.
 */
record IntakeError(long line, String column, String rule, List<Object> args) {

	static IntakeError at(long line, Column column, String rule, Object... args) {
		return new IntakeError(line, column == null ? null : column.header(), rule, List.of(args));
	}
}
