package org.credence.audit;

import java.nio.charset.StandardCharsets;

/** Lowercase hex digits as ASCII bytes, as hashes and MACs are stored: compared without making strings. */
final class Hex {

	private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private Hex() {
	}

	static byte[] digits(byte[] value) {
		byte[] text = new byte[value.length * 2];
		for (int i = 0; i < value.length; i++) {
			text[2 * i] = DIGITS[(value[i] >>> 4) & 0xf];
			text[2 * i + 1] = DIGITS[value[i] & 0xf];
		}
		return text;
	}

	/** Whether {@code text} is exactly the hex digits of {@code value}; null is not. */
	static boolean matches(byte[] value, byte[] text) {
		if (text == null || text.length != value.length * 2) {
			return false;
		}
		for (int i = 0; i < value.length; i++) {
			if (text[2 * i] != DIGITS[(value[i] >>> 4) & 0xf] || text[2 * i + 1] != DIGITS[value[i] & 0xf]) {
				return false;
			}
		}
		return true;
	}

	/** As {@link #matches}, in a time that does not depend on where the two differ: for MACs. */
	static boolean matchesInConstantTime(byte[] value, byte[] text) {
		if (text == null || text.length != value.length * 2) {
			return false;
		}
		int difference = 0;
		for (int i = 0; i < value.length; i++) {
			difference |= text[2 * i] ^ DIGITS[(value[i] >>> 4) & 0xf];
			difference |= text[2 * i + 1] ^ DIGITS[value[i] & 0xf];
		}
		return difference == 0;
	}
}
