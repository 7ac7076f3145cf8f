package org.credence.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An intake file read as CSV (RFC 4180, UTF-8, a byte order mark allowed): its header checked,
 * its rows with the line each starts on. A file that is not text, not CSV or whose header names
 * unknown, repeated or too few columns is refused whole; what is wrong inside a row is the row's error.
 */
record IntakeFile(String name, String digest, int columns, List<Row> rows) {

	/** A row's values by column, blank values absent; {@code fields} is how many it has, to compare with the header. */
	record Row(long line, Map<Column, String> values, int fields) {
	}

	static IntakeFile read(String name, byte[] content) {
		String text = utf8(content);
		if (text.indexOf('\0') >= 0) {
			throw IntakeProblems.file("not-text", "The file is not text: it holds NUL characters.");
		}
		int[] lineStarts = lineStarts(text);
		List<Row> rows = new ArrayList<>();
		int columns = 0;
		try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
			List<Column> header = null;
			for (CSVRecord record : parser) {
				if (header == null) {
					header = header(record);
					columns = header.size();
					continue;
				}
				Map<Column, String> values = new EnumMap<>(Column.class);
				for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
					String value = record.get(i).strip();
					if (!value.isEmpty()) {
						values.put(header.get(i), value);
					}
				}
				rows.add(new Row(line(lineStarts, record.getCharacterPosition()), values, record.size()));
			}
			if (header == null) {
				throw IntakeProblems.file("no-header", "The file is empty: it needs a header row naming its columns ("
						+ Column.all() + ").").with("columns", Column.all());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			// commons-csv says where it stopped (an unclosed quote, a character after a closing quote).
			throw IntakeProblems.file("not-csv", "The file is not CSV: " + e.getMessage() + ".").with("fault", e.getMessage());
		}
		return new IntakeFile(name, digest(content), columns, rows);
	}

	private static List<Column> header(CSVRecord record) {
		List<Column> columns = new ArrayList<>();
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (String name : record) {
			String header = name.strip().toLowerCase(java.util.Locale.ROOT);
			Column.named(header).ifPresentOrElse(column -> {
				if (columns.contains(column)) {
					repeated.add(header);
				}
				columns.add(column);
			}, () -> unknown.add(header.isEmpty() ? "(empty)" : header));
		}
		if (!unknown.isEmpty()) {
			throw IntakeProblems.file("unknown-columns", "The header names columns the intake does not know: "
					+ String.join(", ", unknown) + ". Its columns are " + Column.all() + ".")
				.with("unknown", String.join(", ", unknown))
				.with("columns", Column.all());
		}
		if (!repeated.isEmpty()) {
			throw IntakeProblems.file("repeated-columns", "The header names columns twice: " + String.join(", ", repeated) + ".")
				.with("repeated", String.join(", ", repeated));
		}
		List<String> missing = Arrays.stream(Column.values())
			.filter(column -> column.required() && !columns.contains(column))
			.map(Column::header)
			.toList();
		if (!missing.isEmpty()) {
			throw IntakeProblems.file("missing-columns", "The header lacks required columns: " + String.join(", ", missing) + ".")
				.with("missing", String.join(", ", missing));
		}
		return columns;
	}

	private static String utf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			throw IntakeProblems.file("not-text", "The file is not UTF-8 text.");
		}
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The line (from 1) of a character's position. */
	private static long line(int[] lineStarts, long position) {
		int found = Arrays.binarySearch(lineStarts, (int) position);
		return (found >= 0 ? found : -found - 2) + 1;
	}

	static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}
}
