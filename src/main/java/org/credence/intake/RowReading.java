package org.credence.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.host.State;
import org.credence.host.States;
import org.credence.registry.MovingIn.Arrival;
import org.credence.registry.StaffCategory;
import org.credence.registry.person.BirthDate;

/**
 * A row's values read as the registry's arrival, or every reason they cannot be: each column on its
 * own (given, not too long, a known state or category, a date in the calendar and from 1900). The
 * rules that need the registry or other rows are the registry's ({@code MovingIn}).
 */
@Component
class RowReading {

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private final States states;

	private final Host host;

	private final Clock clock;

	/** A category by its name, or by its label in English or French, in lower case. */
	private final Map<String, StaffCategory> categories = new HashMap<>();

	RowReading(States states, Host host, Clock clock, MessageSource messages) {
		this.states = states;
		this.host = host;
		this.clock = clock;
		for (StaffCategory category : StaffCategory.values()) {
			if (category == StaffCategory.FAMILY_MEMBER) {
				// A member of a household is tied to their principal's accreditation, which a row cannot name.
				continue;
			}
			categories.put(category.name().toLowerCase(Locale.ROOT), category);
			for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
				categories.put(messages.getMessage("category." + category, null, locale).toLowerCase(locale), category);
			}
		}
	}

	/** The arrivals of the rows without errors; {@code errors} receives those of the others, row by row. */
	List<Arrival> read(IntakeFile file, List<IntakeError> errors) {
		Set<String> known = states.all().stream().map(State::code).collect(Collectors.toSet());
		List<Arrival> arrivals = new ArrayList<>();
		for (IntakeFile.Row row : file.rows()) {
			Arrival arrival = read(row, file.columns(), known, errors);
			if (arrival != null) {
				arrivals.add(arrival);
			}
		}
		return arrivals;
	}

	private Arrival read(IntakeFile.Row row, int columns, Set<String> known, List<IntakeError> errors) {
		int before = errors.size();
		long line = row.line();
		if (row.fields() != columns) {
			errors.add(IntakeError.at(line, null, "field-count", row.fields(), columns));
			return null;
		}
		for (Column column : Column.values()) {
			String value = row.values().get(column);
			if (value == null && column.required()) {
				errors.add(IntakeError.at(line, column, "required"));
			}
			else if (value != null && value.length() > column.longest()) {
				errors.add(IntakeError.at(line, column, "too-long", column.longest()));
			}
		}
		String sendingState = state(row, Column.SENDING_STATE, known, errors);
		String nationality = state(row, Column.NATIONALITY, known, errors);
		BirthDate birth = birth(row, errors);
		StaffCategory category = category(row, errors);
		LocalDate arrived = date(row, Column.ARRIVAL_DATE, errors);
		LocalDate expires = date(row, Column.CREDENTIAL_EXPIRY, errors);
		if (errors.size() > before) {
			return null;
		}
		Map<Column, String> values = row.values();
		return new Arrival(line, sendingState, values.get(Column.MISSION), values.get(Column.NAME_NATIVE),
				values.get(Column.NAME_LATIN), birth, nationality, category, values.get(Column.TITLE),
				values.get(Column.FUNCTION), arrived, values.get(Column.CREDENTIAL_NUMBER), expires);
	}

	private static String state(IntakeFile.Row row, Column column, Set<String> known, List<IntakeError> errors) {
		String code = row.values().get(column);
		if (code == null) {
			return null;
		}
		String upper = code.toUpperCase(Locale.ROOT);
		if (!known.contains(upper)) {
			errors.add(IntakeError.at(row.line(), column, "unknown-state", code));
		}
		return upper;
	}

	private BirthDate birth(IntakeFile.Row row, List<IntakeError> errors) {
		String text = row.values().get(Column.BIRTH_DATE);
		if (text == null) {
			return null;
		}
		try {
			BirthDate birth = BirthDate.parse(text);
			if (birth.earliest().isAfter(today())) {
				errors.add(IntakeError.at(row.line(), Column.BIRTH_DATE, "birth-to-come"));
			}
			return birth;
		}
		catch (IllegalArgumentException e) {
			errors.add(IntakeError.at(row.line(), Column.BIRTH_DATE, "birth-date", text));
			return null;
		}
	}

	private StaffCategory category(IntakeFile.Row row, List<IntakeError> errors) {
		String text = row.values().get(Column.CATEGORY);
		if (text == null) {
			return null;
		}
		StaffCategory category = categories.get(text.toLowerCase(Locale.ROOT));
		if (category == null) {
			errors.add(IntakeError.at(row.line(), Column.CATEGORY, "unknown-category", text));
		}
		return category;
	}

	private LocalDate date(IntakeFile.Row row, Column column, List<IntakeError> errors) {
		String text = row.values().get(column);
		if (text == null) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.isBefore(EARLIEST) || day.isAfter(today().plusYears(100))) {
				errors.add(IntakeError.at(row.line(), column, "implausible-date", text));
			}
			return day;
		}
		catch (DateTimeParseException e) {
			errors.add(IntakeError.at(row.line(), column, "date", text));
			return null;
		}
	}

	private LocalDate today() {
		return host.localDate(OffsetDateTime.now(clock));
	}
}
