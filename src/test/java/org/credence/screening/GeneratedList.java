package org.credence.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credence.screening.RecombinedNames.Name;
import org.credence.screening.RecombinedNames.Script;
import org.credence.screening.ScreeningSamples.Target;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/**
 * A watch list as large as one wants, of recombined persons: half of them listed in Latin letters
 * (as OFAC writes them, surname first), the others in Cyrillic, Greek or Arabic letters; one in
 * three with an alias in another script; most with a date of birth, a nationality and a gender,
 * as real lists give them.
 */
final class GeneratedList {

	static final String LIST = "generated";

	private GeneratedList() {
	}

	/** Persons until the list holds that many names, each with the Latin name its names were written from. */
	static List<Target> of(RecombinedNames names, int count) {
		List<Target> targets = new ArrayList<>();
		int written = 0;
		while (written < count) {
			Name name = names.next();
			Script script = names.script();
			List<ListedName> listed = new ArrayList<>(2);
			listed.add(new ListedName(script == Script.LATIN ? name.listed() : name.in(script), NameKind.PRIMARY));
			if (written + 1 < count && names.chance(3)) {
				listed.add(new ListedName(script == Script.LATIN ? name.in(Script.values()[1 + names.pick(3)])
						: name.listed(), NameKind.STRONG_ALIAS));
			}
			written += listed.size();
			Subject subject = new Subject(LIST, "g" + targets.size(), SubjectKind.INDIVIDUAL, listed,
					names.chance(4) ? List.of() : List.of(names.birth()),
					names.chance(4) ? Set.of() : Set.of(names.nationality()),
					names.chance(5) ? null : names.chance(2) ? Gender.MALE : Gender.FEMALE);
			targets.add(new Target(subject, name));
		}
		return targets;
	}
}
