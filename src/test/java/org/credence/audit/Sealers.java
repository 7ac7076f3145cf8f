package org.credence.audit;

import java.util.function.IntSupplier;

import org.springframework.beans.factory.BeanFactory;

/** The journal sealer of a server, for tests of other packages: it is not part of the module's public face. */
public final class Sealers {

	private Sealers() {
	}

	/** Seals what is pending on that server, as its poller would; answers how many entries it sealed. */
	public static IntSupplier of(BeanFactory server) {
		JournalSealer sealer = server.getBean(JournalSealer.class);
		return sealer::sealPending;
	}
}
