package org.credence.notices;

import java.util.List;

/** What a notice says, and the parameters its text needs, in the order of the message's arguments. */
enum NoticeKind {

	CIRCULATED("deadline"), DEADLINE_EXTENDED("deadline"), DEADLINE_APPROACHING("deadline"), ADOPTED("by"),
	NOT_ADOPTED("state"), APPLIED("effectiveAt"), WITHDRAWN;

	private final List<String> parameters;

	NoticeKind(String... parameters) {
		this.parameters = List.of(parameters);
	}

	List<String> parameters() {
		return parameters;
	}
}
