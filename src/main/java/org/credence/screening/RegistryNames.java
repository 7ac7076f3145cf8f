package org.credence.screening;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.credence.problem.ProblemException;
import org.credence.registry.person.BirthDate;
import org.credence.registry.person.Person;
import org.credence.registry.person.PersonOfRecord;
import org.credence.registry.person.Sex;
import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;
import org.credence.screening.matching.Query;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/** A person of the registry as the matcher sees them: as a query when screened, as a subject of the registry's own list. */
final class RegistryNames {

	static final String LIST = "registry";

	private RegistryNames() {
	}

	static Query query(Person person) {
		Set<String> names = new LinkedHashSet<>();
		names.add(person.nameLatin());
		names.add(person.nameNative());
		names.addAll(person.otherNames());
		return new Query(List.copyOf(names), birth(person.birthDate()), person.nationality(), gender(person.sex()));
	}

	static Subject subject(PersonOfRecord recorded) {
		Person person = recorded.person();
		List<ListedName> names = new ArrayList<>();
		names.add(new ListedName(person.nameLatin(), NameKind.PRIMARY));
		if (!person.nameNative().equals(person.nameLatin())) {
			names.add(new ListedName(person.nameNative(), NameKind.ORIGINAL_SCRIPT));
		}
		person.otherNames().forEach(name -> names.add(new ListedName(name, NameKind.STRONG_ALIAS)));
		DateSpan birth = birth(person.birthDate());
		return new Subject(LIST, person.id().toString(), SubjectKind.INDIVIDUAL, names,
				birth == null ? List.of() : List.of(birth), Set.of(person.nationality()), gender(person.sex()));
	}

	/** A date of birth typed for a check (yyyy, yyyy-mm or yyyy-mm-dd), null when blank; refused when impossible. */
	static DateSpan birth(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return birth(BirthDate.parse(typed.trim()));
		}
		catch (IllegalArgumentException e) {
			throw ProblemException.invalid("birthDate", e.getMessage());
		}
	}

	static DateSpan birth(BirthDate date) {
		if (date == null) {
			return null;
		}
		if (date.month() == null) {
			return DateSpan.year(date.year());
		}
		return date.day() == null ? DateSpan.month(YearMonth.of(date.year(), date.month())) : DateSpan.day(date.earliest());
	}

	private static Gender gender(Sex sex) {
		return switch (sex) {
			case FEMALE -> Gender.FEMALE;
			case MALE -> Gender.MALE;
			case UNKNOWN -> null;
		};
	}
}
