package org.credence.decisions;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.credence.audit.JournalSubjects;

/**
 * Decisions named for the journal by their reference (Council decision 2021-7 and what it does)
 * in the reader's language, linked to their page. The journal's name filter is for
 * missions and persons, which the registry answers: none here.
 */
@Component
class DecisionJournalSubjects implements JournalSubjects {

	private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

	private final DecisionTitles titles;

	DecisionJournalSubjects(DecisionTitles titles) {
		this.titles = titles;
	}

	@Override
	public Set<String> about(String name, int limit) {
		return Set.of();
	}

	@Override
	public Map<String, Subject> describe(Collection<String> ids) {
		Set<UUID> uuids = ids.stream().filter(id -> UUID_TEXT.matcher(id).matches()).map(UUID::fromString)
			.collect(Collectors.toSet());
		return titles.of(uuids, LocaleContextHolder.getLocale()).values().stream()
			.collect(Collectors.toMap(named -> named.id().toString(),
					named -> new Subject(named.reference(), "/decisions/" + named.id())));
	}
}
