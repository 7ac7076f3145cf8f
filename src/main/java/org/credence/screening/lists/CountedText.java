package org.credence.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a UTF-8 file one at a time, counting its lines (a carriage return, a line feed or
 * both end one), so that a reader can say where it is. A DOS end-of-file character ends the text, as
 * it does in the legacy files that carry one. Bytes that are not UTF-8 are refused where they are,
 * on their line: the decoder replaces them, and the replacement is caught as it is read.
 */
final class CountedText {

	private static final char END_OF_FILE_MARK = 0x1a;

	private static final char REPLACEMENT = '\uFFFD';

	private final Reader in;

	/** Read ahead by hand: a BufferedReader takes a lock for every character. */
	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long line = 1;

	CountedText(InputStream in) {
		this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}

	/** The line the next character is on, from 1. */
	long line() {
		return line;
	}

	/**
	 * The next character, -1 at the end; a line break is read as one '\n'.
	 *
	 * @throws MalformedInputException on bytes that are not UTF-8, {@link #line()} being theirs
	 */
	int read() throws IOException {
		int c = peek();
		if (c == REPLACEMENT) {
			throw new MalformedInputException(1);
		}
		if (c >= 0) {
			position++;
		}
		if (c == '\r' && peek() == '\n') {
			position++;
		}
		if (c == '\r' || c == '\n') {
			line++;
			return '\n';
		}
		return c;
	}

	private int peek() throws IOException {
		if (position == limit) {
			limit = Math.max(in.read(buffer), 0);
			position = 0;
		}
		return position == limit || buffer[position] == END_OF_FILE_MARK ? -1 : buffer[position];
	}
}
