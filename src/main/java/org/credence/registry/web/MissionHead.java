package org.credence.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.credence.pages.StateNames;
import org.credence.registry.MissionStatus;
import org.credence.registry.mission.Mission;
import org.credence.registry.mission.Missions;
import org.credence.registry.mission.StatusChange;

/**
 * What every page of a mission shows above its tab: the mission, its status today and since when,
 * whether it can receive arrivals, and which tab is open.
 */
@Component
class MissionHead {

	/** The mission's pages, in the order of their tabs; the summary's address is the mission's own. */
	static final List<String> TABS = List.of("summary", "members", "requests", "departures", "history", "arrivals",
			"measures");

	private final Missions missions;

	private final StateNames states;

	private final Clock clock;

	MissionHead(Missions missions, StateNames states, Clock clock) {
		this.missions = missions;
		this.states = states;
		this.clock = clock;
	}

	/**
	 * The status in force today and the change that put it in force (null before the mission is
	 * established), which is what the server checks before it takes an arrival.
	 */
	record Standing(MissionStatus status, StatusChange since) {

		public boolean receivesArrivals() {
			return status == MissionStatus.ACTIVE;
		}
	}

	/** Fills the head of the mission's page {@code tab} and answers the mission (a 404 if the caller may not see it). */
	Mission fill(Model model, UUID missionId, String tab, Locale locale) {
		Mission mission = missions.get(missionId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		StatusChange since = missions.statusHistory(missionId).stream()
			.filter(change -> !change.effectiveFrom().isAfter(now))
			.reduce((earlier, later) -> later)
			.orElse(null);
		model.addAttribute("mission", mission);
		model.addAttribute("stateName", states.name(mission.sendingState(), locale));
		model.addAttribute("standing", new Standing(since == null ? null : since.status(), since));
		model.addAttribute("statusNow", since == null ? null : since.status());
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", TABS);
		model.addAttribute("self", "/missions/" + missionId + ("summary".equals(tab) ? "" : "/" + tab));
		return mission;
	}
}
