package org.credence.registry.web;

import org.credence.registry.StaffCategory;

/** Which members the members' tab shows: on a date (blank: now), whose name contains a text, of a category; and which page. */
class MemberFilter {

	private String asOf;

	private String name;

	private StaffCategory category;

	private Integer page;

	public String getAsOf() {
		return asOf;
	}

	public void setAsOf(String asOf) {
		this.asOf = asOf;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public StaffCategory getCategory() {
		return category;
	}

	public void setCategory(StaffCategory category) {
		this.category = category;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}
}
