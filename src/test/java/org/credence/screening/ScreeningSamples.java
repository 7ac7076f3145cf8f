package org.credence.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.Transliterator;

import org.credence.screening.RecombinedNames.Name;
import org.credence.screening.RecombinedNames.Script;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.Query;
import org.credence.screening.matching.Subject;

/**
 * The checks a benchmark times: persons on the list, written as a registry clerk might have typed
 * them, and persons who are not on it, each with a date of birth and a nationality as a registered
 * person has them. The kinds take turns.
 */
final class ScreeningSamples {

	enum Kind {
		/** The listed name as the list writes it. */
		EXACT,
		/** Written in another script, and the Latin spelling read back from it: two names, as a registry keeps them. */
		TRANSLITERATED,
		/** Surname first, no comma. */
		REORDERED,
		/** One letter of the longest word changed, dropped or swapped with the next. */
		MISSPELT,
		/** Given names of one listed person and the surname of another. */
		ABSENT
	}

	/** @param expected the listed subject the check should find, null for an absent person */
	record Sample(Kind kind, Query query, Subject expected) {
	}

	/** A listed individual and its name in Latin letters, from which the other spellings are made. */
	record Target(Subject subject, Name name) {
	}

	private static final Transliterator ROMANISED = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private ScreeningSamples() {
	}

	static List<Sample> of(List<Target> targets, RecombinedNames names, int count) {
		List<Sample> samples = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Kind kind = Kind.values()[i % Kind.values().length];
			if (kind == Kind.ABSENT) {
				Name absent = names.next();
				Script script = names.script();
				List<String> written = script == Script.LATIN ? List.of(absent.spoken())
						: List.of(absent.spoken(), absent.in(script));
				samples.add(new Sample(kind, new Query(written, names.birth(), names.nationality(),
						names.chance(2) ? Gender.MALE : Gender.FEMALE), null));
				continue;
			}
			Target target = targets.get(names.pick(targets.size()));
			Subject subject = target.subject();
			Query query = new Query(written(kind, target, names),
					subject.births().isEmpty() ? names.birth() : subject.births().get(0),
					subject.nationalities().isEmpty() ? names.nationality() : new TreeSet<>(subject.nationalities()).first(),
					subject.gender());
			samples.add(new Sample(kind, query, subject));
		}
		return samples;
	}

	/** Whether a check found the subject sought ({@link #key}s found); for an absent person, whether it found anyone. */
	static boolean found(Sample sample, Set<String> subjectsFound) {
		return sample.expected() == null ? !subjectsFound.isEmpty() : subjectsFound.contains(key(sample.expected()));
	}

	static String key(Subject subject) {
		return subject.list() + " " + subject.entry();
	}

	private static List<String> written(Kind kind, Target target, RecombinedNames names) {
		Name name = target.name();
		return switch (kind) {
			case EXACT -> List.of(target.subject().names().get(0).text());
			case TRANSLITERATED -> {
				String other = name.in(Script.values()[1 + names.pick(Script.values().length - 1)]);
				yield List.of(ROMANISED.transliterate(other), other);
			}
			case REORDERED -> List.of((name.surname() + " " + name.given()).strip());
			case MISSPELT -> List.of(misspelt(name.spoken(), names));
			case ABSENT -> throw new IllegalArgumentException("an absent person has no target");
		};
	}

	private static String misspelt(String spoken, RecombinedNames names) {
		String longest = "";
		for (String word : spoken.split(" ")) {
			longest = word.length() > longest.length() ? word : longest;
		}
		int start = spoken.indexOf(longest);
		int at = start + 1 + names.pick(Math.max(1, longest.length() - 2));
		StringBuilder typed = new StringBuilder(spoken);
		switch (names.pick(3)) {
			case 0 -> typed.setCharAt(at, other(typed.charAt(at), names));
			case 1 -> typed.deleteCharAt(at);
			default -> {
				char before = typed.charAt(at - 1);
				typed.setCharAt(at - 1, typed.charAt(at));
				typed.setCharAt(at, before);
			}
		}
		return typed.toString();
	}

	private static char other(char letter, RecombinedNames names) {
		char other = LETTERS.charAt(names.pick(LETTERS.length()));
		return other == Character.toLowerCase(letter) ? other(letter, names) : other;
	}
}
