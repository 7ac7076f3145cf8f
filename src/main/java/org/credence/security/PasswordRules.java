package org.credence.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.credence.problem.InvalidField;

/**
 * The one rule of a password, wherever it is set (by an administrator, by its user, in the first
 * start's configuration), as NIST SP 800-63B asks: long enough, and a generous maximum so that
 * passphrases fit (Argon2id hashes any length; bcrypt stopped at 72 bytes); any characters, but not
 * only spaces nor one character repeated; and not one of the commonly used passwords, which are
 * guessed first. The list ships in {@code passwords/} with its source and licence.
 */
@Component
class PasswordRules {

	static final int MIN = 12;

	static final int MAX = 200;

	private static final String LENGTH = "must be " + MIN + " to " + MAX + " characters";

	private final Set<String> common;

	PasswordRules() {
		ClassPathResource list = new ClassPathResource("passwords/common-passwords.txt");
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			// Shorter ones are refused for their length already.
			common = lines.lines().filter(line -> line.length() >= MIN).map(PasswordRules::folded).collect(Collectors.toSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The list of common passwords is missing from the build", e);
		}
	}

	/** What is wrong with the password as a new one, if anything. */
	Optional<String> problem(String password) {
		if (password == null) {
			return Optional.of(LENGTH);
		}
		long length = password.codePointCount(0, password.length());
		if (length < MIN || length > MAX) {
			return Optional.of(LENGTH);
		}
		if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			return Optional.of("must have a character other than spaces");
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of("must not be one character repeated");
		}
		if (common.contains(folded(password))) {
			return Optional.of("is a commonly used password: choose another");
		}
		return Optional.empty();
	}

	void check(String field, String password, List<InvalidField> errors) {
		problem(password).ifPresent(problem -> errors.add(new InvalidField(field, problem)));
	}

	private static String folded(String password) {
		return password.strip().toLowerCase(Locale.ROOT);
	}
}
