package org.credence.screening.lists;

import java.util.Arrays;
import java.util.Optional;

/** The lists imported from files, by the ids the API and the matcher's subjects name them. */
enum WatchList {

	OFAC_SDN("ofac-sdn"), UN_CONSOLIDATED("un-consolidated");

	private final String id;

	WatchList(String id) {
		this.id = id;
	}

	String id() {
		return id;
	}

	static Optional<WatchList> byId(String id) {
		return Arrays.stream(values()).filter(list -> list.id.equals(id)).findFirst();
	}
}
