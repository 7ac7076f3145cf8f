package org.credence.registry.web;

import java.util.UUID;

/** Which persons the list shows: a name in any script, who held or asked for a position at a mission; and which page. */
class PersonFilter {

	private String q;

	private UUID mission;

	private Integer page;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
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
