package org.credence.screening.lists;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one of OFAC's legacy CSV files: no header, fields separated by commas, text in
 * double quotes (a quote inside doubled), {@code -0-} for an empty field, records ending with a line
 * break of any kind. Each record says the line it starts on, so that a fault can be named.
 */
final class CsvRecords {

	/** The legacy files may end with a DOS end-of-file character. */
	private static final int END_OF_FILE_MARK = 0x1a;

	private final String file;

	private final Reader in;

	/** Read ahead by hand: a BufferedReader takes a lock for every character. */
	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long line = 1;

	record Record(long line, List<String> fields) {

		/** The field, null when empty. */
		String get(int index) {
			return fields.get(index);
		}
	}

	CsvRecords(DigestedInput input) {
		this.file = input.name();
		this.in = new InputStreamReader(input.stream(), StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	/** The next record with exactly {@code fields} fields, or null at the end of the file. */
	Record next(int fields) {
		try {
			int c = read();
			while (lineBreak(c) || c == END_OF_FILE_MARK) {
				c = read();
			}
			if (c < 0) {
				return null;
			}
			long start = line;
			List<String> values = new ArrayList<>();
			while (true) {
				StringBuilder value = new StringBuilder();
				boolean quoted = c == '"';
				c = quoted ? quoted(value, start) : unquoted(value, c);
				values.add(empty(value.toString(), quoted));
				if (c != ',') {
					break;
				}
				c = read();
			}
			lineBreak(c);
			if (values.size() != fields) {
				throw ListProblems.atLine(file, start, "a record of " + fields + " fields was expected, not " + values.size());
			}
			return new Record(start, values);
		}
		catch (CharacterCodingException e) {
			throw ListProblems.atLine(file, line, "the text is not UTF-8 (nor ASCII, in which OFAC writes its files)");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads a quoted field from after its opening quote; returns the character after its closing quote and spaces. */
	private int quoted(StringBuilder value, long start) throws IOException {
		while (true) {
			int c = read();
			if (c < 0) {
				throw ListProblems.atLine(file, start, "a quoted field is not closed before the end of the file");
			}
			if (c == '"') {
				c = read();
				if (c != '"') {
					while (c == ' ' || c == '\t') {
						c = read();
					}
					if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
						throw ListProblems.atLine(file, line, "a quoted field is followed by '" + (char) c + "' instead of a comma");
					}
					return c;
				}
			}
			value.append(lineBreak(c) ? '\n' : (char) c);
		}
	}

	private int unquoted(StringBuilder value, int first) throws IOException {
		int c = first;
		while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
			value.append((char) c);
			c = read();
		}
		return c;
	}

	/** Whether the character ends a line, counted; a carriage return and a line feed are one break. */
	private boolean lineBreak(int c) throws IOException {
		if (c == '\r' && peek() == '\n') {
			read();
		}
		if (c == '\r' || c == '\n') {
			line++;
			return true;
		}
		return false;
	}

	private int read() throws IOException {
		int c = peek();
		if (c >= 0) {
			position++;
		}
		return c;
	}

	private int peek() throws IOException {
		if (position == limit) {
			limit = Math.max(in.read(buffer), 0);
			position = 0;
			if (limit == 0) {
				return -1;
			}
		}
		return buffer[position];
	}

	/** OFAC's empty field, {@code -0-} and a space; the sample's last field lost its last characters ({@code -0}). */
	private static String empty(String value, boolean quoted) {
		String text = value.strip();
		return text.isEmpty() || text.equals("-0-") || (!quoted && text.equals("-0")) ? null : text;
	}
}
