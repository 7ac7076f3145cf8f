package org.credence.screening.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.audit.Journal;
import org.credence.host.Host;
import org.credence.problem.ProblemException;
import org.credence.security.Actors;

/**
 * Imports a list version from its files: all of them are read, and any fault refused, before a
 * connection is even taken; then the version, its files and its entries are written in one
 * transaction with its journal entry, and it becomes its list's current version.
 */
@Service
class ListImport {

	private final ListVersions versions;

	private final EntryRows entries;

	private final Journal journal;

	private final Actors actors;

	private final Clock clock;

	private final Host host;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ListImport(ListVersions versions, EntryRows entries, Journal journal, Actors actors, Clock clock, Host host,
			TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.events = events;
		this.versions = versions;
		this.entries = entries;
		this.journal = journal;
		this.actors = actors;
		this.clock = clock;
		this.host = host;
		this.transaction = transaction;
	}

	/** What the journal keeps of an import: the version and its files' digests, not its thousands of entries. */
	record Imported(String list, int number, LocalDate publishedOn, List<ListFile> files, ListVersion.Counts counts) {
	}

	/** OFAC's SDN list from sdn.csv, alt.csv and add.csv; its files carry no date, so the importer may give it. */
	ListVersion ofac(DigestedInput sdn, DigestedInput alt, DigestedInput add, LocalDate publishedOn) {
		if (publishedOn != null && publishedOn.isAfter(LocalDate.now(clock.withZone(host.timeZone())))) {
			throw ProblemException.invalid("published", "must not be after today");
		}
		List<ListEntry> read = OfacSdnCsv.read(sdn, alt, add);
		return store(new ParsedVersion(WatchList.OFAC_SDN, publishedOn, List.of(sdn.file(), alt.file(), add.file()), read));
	}

	/** The UN Security Council's consolidated list, published on the day it says it was generated. */
	ListVersion un(DigestedInput consolidated) {
		UnConsolidatedXml.Read read = UnConsolidatedXml.read(consolidated);
		return store(new ParsedVersion(WatchList.UN_CONSOLIDATED, read.generatedOn(), List.of(consolidated.file()),
				read.entries()));
	}

	private ListVersion store(ParsedVersion parsed) {
		return transaction.execute(status -> {
			versions.lock(parsed.list());
			UUID previous = versions.currentId(parsed.list()).orElse(null);
			ListVersion version = new ListVersion(UUID.randomUUID(), parsed.list().id(), versions.nextNumber(parsed.list()),
					parsed.publishedOn(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), actors.current(), true,
					parsed.files(), ListVersion.Counts.of(parsed.entries()));
			versions.add(version);
			entries.add(version.id(), parsed.entries());
			journal.append("watch-list.imported", "watch-list-version", version.id(), new Imported(version.list(),
					version.number(), version.publishedOn(), version.files(), version.counts()));
			events.publishEvent(new ListVersionImported(version.list(), version.id(), previous));
			return version;
		});
	}
}
