package org.credence.notices;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.credence.decisions.DeadlineExtended;
import org.credence.decisions.DecisionAdopted;
import org.credence.decisions.DecisionApplied;
import org.credence.decisions.DecisionCirculated;
import org.credence.decisions.DecisionNotAdopted;
import org.credence.decisions.DecisionWithdrawn;
import org.credence.host.Host;
import org.credence.security.AccountDirectory;
import org.credence.security.Role;

/**
 * Who is told what happened to a decision. The listeners run synchronously in the transaction of
 * the step that published the event: the notices are committed with the step or rolled back with it,
 * so none is lost and none tells of a change that did not happen. (An after-commit listener, such as
 * Modulith's asynchronous {@code @ApplicationModuleListener}, would lose them on a crash between the
 * commit and the listener unless an event publication registry were kept.) The price is that a
 * failure here fails the step, which is a database failure the step would meet too.
 */
@Component
class DecisionNotices {

	private final NoticeDelivery delivery;

	private final AccountDirectory directory;

	private final Host host;

	DecisionNotices(NoticeDelivery delivery, AccountDirectory directory, Host host) {
		this.delivery = delivery;
		this.directory = directory;
		this.host = host;
	}

	/** The delegates of every state asked, and the proposer, who sees the procedure start. */
	@EventListener
	void circulated(DecisionCirculated event) {
		List<String> recipients = new ArrayList<>(directory.delegatesOf(event.states()));
		recipients.add(event.proposedBy());
		delivery.deliver(recipients, NoticeKind.CIRCULATED, event.decision(), Map.of("deadline", local(event.deadline())));
	}

	/** Only the states that have still to answer need the new deadline. */
	@EventListener
	void extended(DeadlineExtended event) {
		delivery.deliver(directory.delegatesOf(event.silentStates()), NoticeKind.DEADLINE_EXTENDED, event.decision(),
				Map.of("deadline", local(event.to())));
	}

	@EventListener
	void adopted(DecisionAdopted event) {
		delivery.deliver(concerned(event.proposedBy(), event.states()), NoticeKind.ADOPTED, event.decision(),
				Map.of("by", event.by().name()));
	}

	@EventListener
	void notAdopted(DecisionNotAdopted event) {
		delivery.deliver(concerned(event.proposedBy(), event.states()), NoticeKind.NOT_ADOPTED, event.decision(),
				Map.of("state", event.brokenBy()));
	}

	@EventListener
	void applied(DecisionApplied event) {
		delivery.deliver(concerned(event.proposedBy(), event.states()), NoticeKind.APPLIED, event.decision(),
				Map.of("effectiveAt", local(event.takesEffectAt())));
	}

	/** The states asked need not answer any more; the proposer withdrew it and knows. */
	@EventListener
	void withdrawn(DecisionWithdrawn event) {
		delivery.deliver(directory.delegatesOf(event.states()), NoticeKind.WITHDRAWN, event.decision(), Map.of());
	}

	/** Those an outcome concerns: the proposer, the protocol officers who keep the registry, the states asked. */
	private List<String> concerned(String proposer, List<String> states) {
		List<String> recipients = new ArrayList<>();
		recipients.add(proposer);
		recipients.addAll(directory.holders(Role.PROTOCOL_OFFICER));
		recipients.addAll(directory.delegatesOf(states));
		return recipients;
	}

	/** Instants are kept as the receiving party's clocks show them, as the API shows every instant. */
	private String local(OffsetDateTime instant) {
		return host.local(instant).toString();
	}
}
