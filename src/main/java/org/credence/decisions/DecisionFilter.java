package org.credence.decisions;

import java.util.UUID;

/**
 * Which decisions the list shows: at a step, of an authority, concerning a mission (which is also
 * the mission a draft is chosen for); and which page.
 */
class DecisionFilter {

	private DecisionStatus status;

	private Authority authority;

	private UUID mission;

	private Integer page;

	public DecisionStatus getStatus() {
		return status;
	}

	public void setStatus(DecisionStatus status) {
		this.status = status;
	}

	public Authority getAuthority() {
		return authority;
	}

	public void setAuthority(Authority authority) {
		this.authority = authority;
	}

	public UUID getMission() {
		return mission;
	}

	public void setMission(UUID mission) {
		this.mission = mission;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}
}
