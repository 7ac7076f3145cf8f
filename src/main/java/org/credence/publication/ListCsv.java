package org.credence.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The diplomatic list as CSV (RFC 4180, UTF-8, a header row): one row per member listed, with their
 * mission's columns repeated; a mission without members listed (a suspended one) has one row whose
 * member columns are empty. Columns as {@link #COLUMNS} names them; codes, not words, for the kind,
 * status and category, and dates yyyy-mm-dd.
 */
final class ListCsv {

	static final List<String> COLUMNS = List.of("date", "sending_state", "sending_state_name", "mission", "kind",
			"status", "address", "telephone", "email", "web_address", "head_took_up_functions_on", "strength",
			"member_name", "category", "title", "function", "arrived_on", "spouse");

	private ListCsv() {
	}

	static String of(ListDocument list) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ListDocument.Mission mission : list.missions()) {
				List<Object> missionColumns = Arrays.asList(list.date(), mission.sendingState(), mission.sendingStateName(),
						mission.name(), mission.kind(), mission.status(), mission.address(), mission.telephone(),
						mission.email(), mission.webAddress(), mission.headTookUpFunctionsOn(), mission.strength());
				if (mission.members().isEmpty()) {
					printer.printRecord(concat(missionColumns, Arrays.asList(null, null, null, null, null, null)));
				}
				for (ListDocument.Member member : mission.members()) {
					printer.printRecord(concat(missionColumns, Arrays.asList(member.name(), member.category(),
							member.title(), member.function(), member.arrivedOn(), member.spouse())));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static List<Object> concat(List<Object> first, List<Object> second) {
		List<Object> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
