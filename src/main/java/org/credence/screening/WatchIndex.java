package org.credence.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import org.credence.registry.Registry;
import org.credence.relations.PersonsInIncidents;
import org.credence.screening.lists.WatchLists;
import org.credence.screening.matching.Match;
import org.credence.screening.matching.Query;
import org.credence.screening.matching.ScreeningIndex;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/**
 * Every list a person is screened against, as one index: the imported lists' current versions, held
 * in memory and built again when another version becomes current (on this instance or another, as
 * the versions' ids say), and the registry's own record, read at each check because it changes with
 * every withdrawal, and indexed again when it did.
 */
@Component
class WatchIndex {

	/** The index of the imported lists, and the versions it was built from. */
	private record Built(List<java.util.UUID> versions, ScreeningIndex index) {
	}

	private final WatchLists lists;

	private final Registry registry;

	private final PersonsInIncidents incidents;

	private final AtomicReference<Built> built = new AtomicReference<>();

	/** The index of the registry's own record, and the subjects it was built from. */
	private record Own(List<Subject> subjects, ScreeningIndex index) {
	}

	private final AtomicReference<Own> ownRecord = new AtomicReference<>();

	WatchIndex(WatchLists lists, Registry registry, PersonsInIncidents incidents) {
		this.lists = lists;
		this.registry = registry;
		this.incidents = incidents;
	}

	/**
	 * The individuals at or above the score, best first: a person of the registry is screened against
	 * persons only, since an organisation's short alias ("IRG") can look like one of a person's names.
	 */
	List<Match> screenPerson(Query query, double minScore) {
		return screen(query, minScore).stream().filter(match -> match.subject().kind() == SubjectKind.INDIVIDUAL).toList();
	}

	/** The matches at or above the score, best first, from every list: persons and organisations. */
	List<Match> screen(Query query, double minScore) {
		List<Match> matches = new ArrayList<>(imported().screen(query, minScore));
		matches.addAll(own().screen(query, minScore));
		matches.sort(Comparator.comparingDouble(Match::score).reversed());
		return matches;
	}

	/** The registry's record, read each time (it changes with every withdrawal), indexed again only when it changed. */
	private ScreeningIndex own() {
		List<Subject> subjects = registry.ownRecord(incidents.all()).stream().map(RegistryNames::subject).toList();
		Own now = ownRecord.get();
		if (now == null || !now.subjects().equals(subjects)) {
			now = new Own(subjects, ScreeningIndex.of(subjects));
			ownRecord.set(now);
		}
		return now.index();
	}

	private ScreeningIndex imported() {
		List<java.util.UUID> current = lists.currentVersionIds();
		Built now = built.get();
		if (now == null || !now.versions().equals(current)) {
			now = new Built(current, ScreeningIndex.of(lists.currentSubjects()));
			built.set(now);
		}
		return now.index();
	}
}
