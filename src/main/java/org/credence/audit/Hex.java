package org.credence.audit;

/** Lowercase hex digits as ASCII bytes, as hashes and MACs are stored: compared without making strings. */
final class Hex {

	private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
}
