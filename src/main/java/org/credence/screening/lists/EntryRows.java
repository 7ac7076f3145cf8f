package org.credence.screening.lists;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A version's entries and what each holds, written in one statement per table however many entries:
 * OFAC's list, 7,379 entries with 56,000 names, dates, places, nationalities, programmes and
 * addresses, takes 1 to 2 s on a busy two-core machine, the names and the entries most of it.
 */
@Repository
class EntryRows {

	private final JdbcClient jdbc;

	private final CountryNames countries;

	EntryRows(JdbcClient jdbc, CountryNames countries) {
		this.jdbc = jdbc;
		this.countries = countries;
	}

	void add(UUID version, List<ListEntry> entries) {
		ColumnRows rows = new ColumnRows("watch_list_entry", "id uuid", "version_id uuid", "reference text",
				"data_id bigint", "kind text", "gender text", "remarks text");
		ColumnRows names = new ColumnRows("watch_list_name", "entry_id uuid", "position integer", "kind text", "text text");
		ColumnRows births = new ColumnRows("watch_list_birth", "entry_id uuid", "position integer", "written text",
				"born_from date", "born_to date");
		ColumnRows places = new ColumnRows("watch_list_birthplace", "entry_id uuid", "position integer", "place text");
		ColumnRows nationalities = new ColumnRows("watch_list_nationality", "entry_id uuid", "position integer",
				"written text", "state text");
		ColumnRows programmes = new ColumnRows("watch_list_programme", "entry_id uuid", "position integer",
				"programme text");
		ColumnRows addresses = new ColumnRows("watch_list_address", "entry_id uuid", "position integer", "address text",
				"country text");
		for (ListEntry entry : entries) {
			UUID id = UUID.randomUUID();
			rows.add(id, version, entry.reference(), entry.dataId(), entry.kind(), entry.gender(), entry.remarks());
			for (int i = 0; i < entry.names().size(); i++) {
				names.add(id, i + 1, entry.names().get(i).kind(), entry.names().get(i).text());
			}
			for (int i = 0; i < entry.births().size(); i++) {
				ListEntry.Birth birth = entry.births().get(i);
				births.add(id, i + 1, birth.written(), birth.span().from(), birth.span().to());
			}
			for (int i = 0; i < entry.birthplaces().size(); i++) {
				places.add(id, i + 1, entry.birthplaces().get(i));
			}
			for (int i = 0; i < entry.nationalities().size(); i++) {
				String written = entry.nationalities().get(i);
				nationalities.add(id, i + 1, written, countries.code(written));
			}
			for (int i = 0; i < entry.programmes().size(); i++) {
				programmes.add(id, i + 1, entry.programmes().get(i));
			}
			for (int i = 0; i < entry.addresses().size(); i++) {
				addresses.add(id, i + 1, entry.addresses().get(i).address(), entry.addresses().get(i).country());
			}
		}
		for (ColumnRows table : List.of(rows, names, births, places, nationalities, programmes, addresses)) {
			table.insert(jdbc);
		}
	}
}
