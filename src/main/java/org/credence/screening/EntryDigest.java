package org.credence.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.credence.screening.matching.Subject;

/**
 * What a list entry says, reduced to a digest: a hit cleared for one entry stays cleared until the
 * list publishes that entry with other names, dates or nationalities.
 */
final class EntryDigest {

	private EntryDigest() {
	}

	static String of(Subject subject) {
		StringBuilder text = new StringBuilder(subject.list()).append('\n').append(subject.entry()).append('\n')
			.append(subject.kind()).append('\n').append(subject.gender()).append('\n');
		subject.names().forEach(name -> text.append(name.kind()).append(' ').append(name.text()).append('\n'));
		subject.births().forEach(birth -> text.append(birth.from()).append('/').append(birth.to()).append('\n'));
		subject.nationalities().stream().sorted().forEach(code -> text.append(code).append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
