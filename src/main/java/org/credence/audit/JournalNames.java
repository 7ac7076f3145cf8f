package org.credence.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Every module's answer to "which records is this name about" and "what is this id called", together. */
@Component
class JournalNames {

	private final List<JournalSubjects> owners;

	JournalNames(List<JournalSubjects> owners) {
		this.owners = owners;
	}

	/** The ids of the records named so, and of those about them: the name filter's subjects. */
	Set<String> about(String name) {
		Set<String> ids = new LinkedHashSet<>();
		for (JournalSubjects owner : owners) {
			ids.addAll(owner.about(name, JournalFilter.SUBJECTS));
		}
		return ids;
	}

	Map<String, JournalSubjects.Subject> describe(Collection<String> ids) {
		Map<String, JournalSubjects.Subject> named = new HashMap<>();
		if (!ids.isEmpty()) {
			owners.forEach(owner -> named.putAll(owner.describe(ids)));
		}
		return named;
	}
}
