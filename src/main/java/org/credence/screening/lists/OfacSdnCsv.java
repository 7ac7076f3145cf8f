package org.credence.screening.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.credence.screening.matching.NameKind;

/**
 * OFAC's SDN list in its legacy CSV form: {@code sdn.csv} (entity number, name, type, programmes,
 * title, five fields of vessels, remarks), {@code alt.csv} (entity number, alias number, type
 * aka/fka/nka, name, remarks) and {@code add.csv} (entity number, address number, address,
 * city-state-postal code, country, remarks). Individuals are named {@code SURNAME, Given names}, as OFAC
 * writes them. The aliases of alt.csv are strong; the weak ones are in the remarks.
 */
final class OfacSdnCsv {

	private static final int SDN_FIELDS = 12;

	private static final int ALT_FIELDS = 5;

	private static final int ADD_FIELDS = 6;

	private OfacSdnCsv() {
	}

	static List<ListEntry> read(DigestedInput sdn, DigestedInput alt, DigestedInput add) {
		Map<String, EntryDraft> entries = new LinkedHashMap<>();
		CsvRecords records = new CsvRecords(sdn);
		for (CsvRecords.Record record = records.next(SDN_FIELDS); record != null; record = records.next(SDN_FIELDS)) {
			String number = entityNumber(sdn, record);
			if (record.get(1) == null) {
				throw ListProblems.atLine(sdn.name(), record.line(), "the entry has no name");
			}
			EntryDraft entry = new EntryDraft(number, null, kind(sdn, record));
			if (entries.putIfAbsent(number, entry) != null) {
				throw ListProblems.atLine(sdn.name(), record.line(), "entity number " + number + " is listed twice");
			}
			entry.name(record.get(1), NameKind.PRIMARY);
			entry.programmes.addAll(programmes(record.get(3)));
			entry.remarks = record.get(11);
			OfacRemarks.read(entry.remarks, entry);
		}
		if (entries.isEmpty()) {
			throw ListProblems.atLine(sdn.name(), 1, "the file holds no entry");
		}
		readAliases(alt, entries);
		readAddresses(add, entries);
		return entries.values().stream().map(EntryDraft::entry).toList();
	}

	private static void readAliases(DigestedInput alt, Map<String, EntryDraft> entries) {
		CsvRecords records = new CsvRecords(alt);
		for (CsvRecords.Record record = records.next(ALT_FIELDS); record != null; record = records.next(ALT_FIELDS)) {
			EntryDraft entry = listed(alt, record, entries);
			String type = record.get(2);
			if (type == null || !List.of("aka", "fka", "nka").contains(type.toLowerCase(Locale.ROOT))) {
				throw ListProblems.atLine(alt.name(), record.line(), "the alias type must be aka, fka or nka, not " + type);
			}
			if (record.get(3) == null) {
				throw ListProblems.atLine(alt.name(), record.line(), "the alias has no name");
			}
			entry.name(record.get(3), NameKind.STRONG_ALIAS);
		}
	}

	private static void readAddresses(DigestedInput add, Map<String, EntryDraft> entries) {
		CsvRecords records = new CsvRecords(add);
		for (CsvRecords.Record record = records.next(ADD_FIELDS); record != null; record = records.next(ADD_FIELDS)) {
			EntryDraft entry = listed(add, record, entries);
			String line = Stream.of(record.get(2), record.get(3), record.get(4))
				.filter(part -> part != null)
				.collect(Collectors.joining(", "));
			if (!line.isEmpty()) {
				entry.addresses.add(new ListEntry.Address(line, record.get(4)));
			}
		}
	}

	/** The entry of sdn.csv a record of alt.csv or add.csv belongs to. */
	private static EntryDraft listed(DigestedInput file, CsvRecords.Record record, Map<String, EntryDraft> entries) {
		String number = entityNumber(file, record);
		EntryDraft entry = entries.get(number);
		if (entry == null) {
			throw ListProblems.atLine(file.name(), record.line(), "entity number " + number + " is not listed in the SDN file");
		}
		return entry;
	}

	private static String entityNumber(DigestedInput file, CsvRecords.Record record) {
		String number = record.get(0);
		if (number == null || !number.matches("\\d{1,18}")) {
			throw ListProblems.atLine(file.name(), record.line(), "the entity number must be a whole number, not "
					+ (number == null ? "empty" : "'" + number + "'"));
		}
		return String.valueOf(Long.parseLong(number));
	}

	private static EntryKind kind(DigestedInput sdn, CsvRecords.Record record) {
		String type = record.get(2);
		if (type == null) {
			return EntryKind.ENTITY;
		}
		return switch (type.toLowerCase(Locale.ROOT)) {
			case "individual" -> EntryKind.INDIVIDUAL;
			case "vessel" -> EntryKind.VESSEL;
			case "aircraft" -> EntryKind.AIRCRAFT;
			default -> throw ListProblems.atLine(sdn.name(), record.line(),
					"the type must be individual, vessel, aircraft or empty (an entity), not '" + type + "'");
		};
	}

	/** "SDGT] [IRGC": OFAC writes several programmes as one bracketed list without its outer brackets. */
	private static List<String> programmes(String field) {
		List<String> programmes = new ArrayList<>();
		if (field != null) {
			for (String programme : field.split("\\]\\s*\\[")) {
				String name = programme.replace("[", "").replace("]", "").strip();
				if (!name.isEmpty()) {
					programmes.add(name);
				}
			}
		}
		return programmes;
	}
}
