package org.credence.screening.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one of OFAC's legacy CSV files: no header, fields separated by commas, text in
 * double quotes (a quote inside doubled), {@code -0-} for an empty field, records ending with a line
 * break of any kind. Each record says the line it starts on, so that a fault can be named.
 */
final class CsvRecords {

	private final String file;

	private final CountedText in;

	record Record(long line, List<String> fields) {

		/** The field, null when empty. */
		String get(int index) {
			return fields.get(index);
		}
	}

	CsvRecords(DigestedInput input) {
		this.file = input.name();
		this.in = new CountedText(input.stream());
	}

	/** The next record with exactly {@code fields} fields, or null at the end of the file. */
	Record next(int fields) {
		try {
			int c = in.read();
			while (c == '\n') {
				c = in.read();
			}
			if (c < 0) {
				return null;
			}
			long start = in.line();
			List<String> values = new ArrayList<>();
			while (true) {
				StringBuilder value = new StringBuilder();
				boolean quoted = c == '"';
				c = quoted ? quoted(value, start) : unquoted(value, c);
				values.add(empty(value.toString(), quoted));
				if (c != ',') {
					break;
				}
				c = in.read();
			}
			if (values.size() != fields) {
				throw ListProblems.atLine(file, start, "a record of " + fields + " fields was expected, not " + values.size());
			}
			return new Record(start, values);
		}
		catch (CharacterCodingException e) {
			throw ListProblems.atLine(file, in.line(), "the text is not UTF-8 (nor ASCII, in which OFAC writes its files)");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads a quoted field from after its opening quote; returns the character after its closing quote and spaces. */
	private int quoted(StringBuilder value, long start) throws IOException {
		while (true) {
			int c = in.read();
			if (c < 0) {
				throw ListProblems.atLine(file, start, "a quoted field is not closed before the end of the file");
			}
			if (c == '"') {
				c = in.read();
				if (c != '"') {
					while (c == ' ' || c == '\t') {
						c = in.read();
					}
					if (c >= 0 && c != ',' && c != '\n') {
						throw ListProblems.atLine(file, in.line(), "a quoted field is followed by '" + (char) c
								+ "' instead of a comma");
					}
					return c;
				}
			}
			value.append((char) c);
		}
	}

	private int unquoted(StringBuilder value, int first) throws IOException {
		int c = first;
		while (c >= 0 && c != ',' && c != '\n') {
			value.append((char) c);
			c = in.read();
		}
		return c;
	}

	/** OFAC's empty field, {@code -0-} and a space; the sample's last field lost its last characters ({@code -0}). */
	private static String empty(String value, boolean quoted) {
		String text = value.strip();
		return text.isEmpty() || text.equals("-0-") || (!quoted && text.equals("-0")) ? null : text;
	}
}
