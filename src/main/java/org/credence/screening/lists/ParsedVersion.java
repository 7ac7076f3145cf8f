package org.credence.screening.lists;

import java.time.LocalDate;
import java.util.List;

/** A list version read whole from its files, not yet stored. */
record ParsedVersion(WatchList list, LocalDate publishedOn, List<ListFile> files, List<ListEntry> entries) {

	ParsedVersion {
		files = List.copyOf(files);
		entries = List.copyOf(entries);
	}
}
