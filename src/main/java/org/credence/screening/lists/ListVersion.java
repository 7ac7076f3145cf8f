package org.credence.screening.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.credence.screening.matching.NameKind;

/**
 * One imported version of a list: when the list was published (when the files or the importer
 * said), when and by whom it was imported, from which files, what it holds, and whether it is the
 * list's current version.
 */
@Schema(name = "WatchListVersion")
record ListVersion(UUID id, @Schema(example = "ofac-sdn") String list, int number,
		@Schema(description = "Null when neither the files nor the importer said") LocalDate publishedOn,
		OffsetDateTime importedAt, String importedBy, boolean current, List<ListFile> files, Counts counts) {

	ListVersion {
		files = List.copyOf(files);
	}

	/** What a version holds; every entry is one of an individual, an entity, a vessel or an aircraft. */
	@Schema(name = "WatchListCounts")
	record Counts(int entries, int individuals, int entities, int vessels, int aircraft,
			@Schema(description = "Every name of every entry, primary names, aliases and names in their original script")
			int names,
			@Schema(description = "Strong and weak aliases") int aliases) {

		private static final Set<NameKind> ALIASES = EnumSet.of(NameKind.STRONG_ALIAS, NameKind.WEAK_ALIAS);

		static Counts of(List<ListEntry> entries) {
			int[] kinds = new int[EntryKind.values().length];
			int names = 0;
			int aliases = 0;
			for (ListEntry entry : entries) {
				kinds[entry.kind().ordinal()]++;
				names += entry.names().size();
				aliases += (int) entry.names().stream().filter(name -> ALIASES.contains(name.kind())).count();
			}
			return new Counts(entries.size(), kinds[EntryKind.INDIVIDUAL.ordinal()], kinds[EntryKind.ENTITY.ordinal()],
					kinds[EntryKind.VESSEL.ordinal()], kinds[EntryKind.AIRCRAFT.ordinal()], names, aliases);
		}
	}
}
