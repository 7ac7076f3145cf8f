package org.credence.registry.web;

/** Which entries of a mission's history are shown: of one kind, naming a person whose name contains a text; and which page. */
class HistoryFilter {

	private String kind;

	private String name;

	private Integer page;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}
}
