package org.credence.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.credence.security.AccountEvent;

/**
 * Changes to accounts and tokens go into the journal like registry changes: the listener runs
 * synchronously, in the publisher's transaction, so the entry exists exactly when the change does.
 */
@Component
class AccountJournal {

	private final Journal journal;

	AccountJournal(Journal journal) {
		this.journal = journal;
	}

	@EventListener
	void on(AccountEvent event) {
		journal.append(event.action(), "account", event.accountId(), event);
	}
}
