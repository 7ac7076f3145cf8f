package org.credence.start;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.credence.audit.JournalVerifier;
import org.credence.decisions.DecisionQueues;
import org.credence.host.Host;
import org.credence.registry.Registry;
import org.credence.registry.mission.Mission;
import org.credence.security.AccountDirectory;
import org.credence.security.Actors;
import org.credence.security.Role;

/**
 * The page a user lands on after logging in, and at {@code /}: the counts of their role's work. The
 * counts the navigation shows too (to answer, to sign, open hits) are put by {@link WorkCounts},
 * once per page; this page adds only the others, each card shown when its count is there.
 */
@Controller
class StartPage {

	private final Actors actors;

	private final Registry registry;

	private final DecisionQueues decisions;

	private final JournalVerifier journal;

	private final AccountDirectory accounts;

	private final Host host;

	private final Clock clock;

	StartPage(Actors actors, Registry registry, DecisionQueues decisions, JournalVerifier journal,
			AccountDirectory accounts, Host host, Clock clock) {
		this.actors = actors;
		this.registry = registry;
		this.decisions = decisions;
		this.journal = journal;
		this.accounts = accounts;
		this.host = host;
		this.clock = clock;
	}

	/** A mission and how many of its requests await a decision. */
	record MissionRequests(Mission mission, int pending) {
	}

	@GetMapping("/")
	String start(Model model) {
		model.addAttribute("self", "/");
		Role role = actors.viewer().orElseThrow().role();
		switch (role) {
			case PROTOCOL_OFFICER -> {
				Map<UUID, Integer> pending = registry.pendingRequestCounts();
				model.addAttribute("requests", byName(registry.findMissions(pending.keySet()).values(), pending));
				model.addAttribute("requestsTotal", pending.values().stream().mapToInt(Integer::intValue).sum());
				model.addAttribute("overdue", overdue());
				model.addAttribute("toCirculate", decisions.toCirculate());
				model.addAttribute("awaitingOutcome", decisions.awaitingOutcome());
			}
			case MISSION_ADMINISTRATOR -> {
				model.addAttribute("ownMissions", byName(registry.missions(), registry.pendingRequestCounts()));
				model.addAttribute("overdue", overdue());
			}
			case AUDITOR -> {
				model.addAttribute("verification", journal.sinceLastVerified());
				model.addAttribute("checkpointAt", journal.lastCheckpointAt().orElse(null));
			}
			case ADMINISTRATOR -> model.addAttribute("users", accounts.count());
			default -> {
				// The executive's, the delegate's and the security officer's counts are the navigation's.
			}
		}
		return "start";
	}

	private int overdue() {
		return registry.overdueDepartureCount(host.localDate(OffsetDateTime.now(clock)));
	}

	private static List<MissionRequests> byName(Collection<Mission> missions, Map<UUID, Integer> pending) {
		return missions.stream()
			.map(mission -> new MissionRequests(mission, pending.getOrDefault(mission.id(), 0)))
			.sorted(Comparator.comparing(requests -> requests.mission().name()))
			.toList();
	}
}
