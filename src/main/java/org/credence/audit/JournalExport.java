package org.credence.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The matching entries written out in the order written, a thousand read at a time so that a
 * journal of any size is never held in memory: as JSON Lines (each line an entry as the API gives
 * it) or as CSV (RFC 4180, with a header line). Both carry every
 * field the hash and the MAC cover, so that either can be checked without the database.
 */
@Component
class JournalExport {

	static final String JSON_LINES = "application/jsonl";

	static final String CSV = "text/csv";

	private static final int BATCH = 1000;

	/** RFC 4180: CRLF, fields quoted where they hold a comma, a quote or a line break, quotes doubled; a null is empty. */
	private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("id", "position", "recorded_at", "actor", "action", "subject_type", "subject_id", "change", "hash", "mac")
		.get();

	private final JournalEntries entries;

	private final JsonMapper json;

	JournalExport(JournalEntries entries, JsonMapper json) {
		this.entries = entries;
		this.json = json;
	}

	void jsonLines(JournalFilter filter, Writer out) throws IOException {
		write(filter, entry -> out.write(json.writeValueAsString(entry) + "\n"));
		out.flush();
	}

	void csv(JournalFilter filter, Writer out) throws IOException {
		CSVPrinter csv = CSV_FORMAT.print(out);
		// The time as the JSON export writes it, in the receiving party's offset, to the microsecond.
		write(filter, entry -> csv.printRecord(entry.id(), entry.position(),
				json.readTree(json.writeValueAsString(entry.recordedAt())).asString(), entry.actor(), entry.action(),
				entry.subjectType(), entry.subjectId(), entry.change(), entry.hash(), entry.mac()));
		csv.flush();
	}

	private void write(JournalFilter filter, EntryWriter writer) throws IOException {
		long after = 0;
		List<JournalEntry> batch;
		do {
			batch = entries.find(filter, after, BATCH);
			for (JournalEntry entry : batch) {
				writer.accept(entry);
				after = entry.id();
			}
		}
		while (batch.size() == BATCH);
	}

	/** Writes one entry out. */
	private interface EntryWriter {

		void accept(JournalEntry entry) throws IOException;
	}
}
