package org.credence.intake;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of an intake file, by their header names (any order; no other column). Each says
 * the field of the registry's arrival it fills, whether it must be given, its longest value, and
 * the value of the template's example row.
 */
enum Column {

	MISSION("mission", "missionName", true, 200, "Embassy of the Russian Federation"),
	SENDING_STATE("sending_state", "sendingState", true, 3, "RUS"),
	NAME_NATIVE("name_native", "nameNative", true, 300, "Анна Сергеевна Петрова"),
	NAME_LATIN("name_latin", "nameLatin", true, 300, "Anna Petrova"),
	BIRTH_DATE("birth_date", "birthDate", false, 10, "1980-05"),
	NATIONALITY("nationality", "nationality", true, 3, "RUS"),
	CATEGORY("category", "category", true, 60, "DIPLOMATIC_AGENT"),
	TITLE("title", "title", true, 200, "Counsellor"),
	FUNCTION("function", "function", true, 200, "Political affairs"),
	ARRIVAL_DATE("arrival_date", "arrivedOn", true, 10, "2019-09-02"),
	CREDENTIAL_NUMBER("credential_number", "credentialNumber", false, 40, "D-2019-0412"),
	CREDENTIAL_EXPIRY("credential_expiry", "credentialExpiresOn", false, 10, "2025-09-01");

	private final String header;

	private final String field;

	private final boolean required;

	private final int longest;

	private final String example;

	Column(String header, String field, boolean required, int longest, String example) {
		this.header = header;
		this.field = field;
		this.required = required;
		this.longest = longest;
		this.example = example;
	}

	/** Public, as the page reads it. */
	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}

	int longest() {
		return longest;
	}

	String example() {
		return example;
	}

	static Optional<Column> named(String header) {
		return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
	}

	/** The column that fills a field of the registry's arrival, which the registry's objections name. */
	static Optional<Column> filling(String field) {
		return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
	}

	static String all() {
		return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
	}
}
