package org.credence.registry.web;

import org.credence.registry.MissionStatus;

/** Which missions the list shows: a text in the mission's or its sending state's name, a status today; and which page. */
class MissionFilter {

	private String name;

	private MissionStatus status;

	private Integer page;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MissionStatus getStatus() {
		return status;
	}

	public void setStatus(MissionStatus status) {
		this.status = status;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}
}
