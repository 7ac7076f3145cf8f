package org.credence.screening.lists;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.credence.screening.matching.NameKind;

/**
 * One {@code INDIVIDUAL} or {@code ENTITY} of the UN's list: its name in up to four parts (given
 * names first) and in its original script, aliases of "Good" or "Low" quality (individuals) or
 * a.k.a./f.k.a. (entities), dates of birth (see {@link UnBirths}), nationalities, places of birth.
 */
final class UnEntries {

	private UnEntries() {
	}

	static ListEntry entry(String file, XmlElement element) {
		boolean individual = element.name().equals("INDIVIDUAL");
		String reference = required(file, element, "REFERENCE_NUMBER");
		EntryDraft entry = new EntryDraft(reference, dataId(file, element),
				individual ? EntryKind.INDIVIDUAL : EntryKind.ENTITY);
		String name = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
			.map(element::text)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		if (name.isEmpty()) {
			throw element.fault(file, "FIRST_NAME", "the entry has no name");
		}
		entry.name(name, NameKind.PRIMARY);
		entry.name(element.text("NAME_ORIGINAL_SCRIPT"), NameKind.ORIGINAL_SCRIPT);
		for (XmlElement alias : element.all(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
			boolean low = "low".equalsIgnoreCase(alias.text("QUALITY"));
			entry.name(alias.text("ALIAS_NAME"), low ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS);
		}
		if (element.text("UN_LIST_TYPE") != null) {
			entry.programmes.add(element.text("UN_LIST_TYPE"));
		}
		entry.remarks = element.text("COMMENTS1");
		entry.gender(element.text("GENDER"));
		element.all("NATIONALITY").forEach(nationality -> nationality.all("VALUE").stream()
			.map(XmlElement::text)
			.filter(value -> !value.isEmpty())
			.forEach(entry.nationalities::add));
		for (XmlElement birth : element.all("INDIVIDUAL_DATE_OF_BIRTH")) {
			UnBirths.read(file, birth).ifPresent(entry.births::add);
		}
		for (XmlElement place : element.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
			String written = joined(place, "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE");
			if (!written.isEmpty()) {
				entry.birthplaces.add(written);
			}
		}
		for (XmlElement address : element.all(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
			String written = joined(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE");
			if (!written.isEmpty()) {
				entry.addresses.add(new ListEntry.Address(written, address.text("COUNTRY")));
			}
		}
		return entry.entry();
	}

	private static Long dataId(String file, XmlElement element) {
		String id = required(file, element, "DATAID");
		if (!id.matches("\\d{1,18}")) {
			throw element.fault(file, "DATAID", "the data id must be a whole number, not '" + id + "'");
		}
		return Long.valueOf(id);
	}

	private static String required(String file, XmlElement element, String child) {
		String value = element.text(child);
		if (value == null) {
			throw element.fault(file, child, "the entry has no " + child);
		}
		return value;
	}

	private static String joined(XmlElement element, String... children) {
		return Stream.of(children).map(element::text).filter(Objects::nonNull).collect(Collectors.joining(", "));
	}
}
