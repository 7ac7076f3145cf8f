package org.credence.notices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.decisions.OpenProcedures;
import org.credence.decisions.OpenProcedures.OpenProcedure;
import org.credence.host.Host;
import org.credence.security.AccountDirectory;

/**
 * Warns the delegates of the states that have not answered when a deadline is less than the
 * configured time away, once per deadline: the warning is recorded in the transaction that delivers
 * it, so whichever poller or instance gets there first warns, and nobody twice.
 */
@Service
class DeadlineWarnings {

	private final OpenProcedures procedures;

	private final Notices notices;

	private final NoticeDelivery delivery;

	private final AccountDirectory directory;

	private final NoticeSettings settings;

	private final TransactionTemplate transaction;

	private final Host host;

	private final Clock clock;

	DeadlineWarnings(OpenProcedures procedures, Notices notices, NoticeDelivery delivery, AccountDirectory directory,
			NoticeSettings settings, TransactionTemplate transaction, Host host, Clock clock) {
		this.procedures = procedures;
		this.notices = notices;
		this.delivery = delivery;
		this.directory = directory;
		this.settings = settings;
		this.transaction = transaction;
		this.host = host;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 10_000)
	void poll() {
		warnDue();
	}

	/** Warns of every deadline now within the warning time and not warned of yet: how many deadlines. */
	int warnDue() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return transaction.execute(status -> {
			int warned = 0;
			for (OpenProcedure open : procedures.closingBetween(now, now.plus(settings.deadlineWarning()))) {
				if (notices.firstWarning(open.decision(), open.deadline(), now)) {
					delivery.deliver(directory.delegatesOf(open.silentStates()), NoticeKind.DEADLINE_APPROACHING,
							open.decision(), Map.of("deadline", host.local(open.deadline()).toString()));
					warned++;
				}
			}
			return warned;
		});
	}
}
