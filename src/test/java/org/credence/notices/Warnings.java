package org.credence.notices;

import java.util.function.IntSupplier;

import org.springframework.beans.factory.BeanFactory;

/** The deadline warnings' poller of a server, for tests of other packages: it is not part of the module's public face. */
public final class Warnings {

	private Warnings() {
	}

	/** Warns of the deadlines due on that server, as its poller would; answers of how many. */
	public static IntSupplier of(BeanFactory server) {
		DeadlineWarnings warnings = server.getBean(DeadlineWarnings.class);
		return warnings::warnDue;
	}
}
