package org.credence.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a module that owns records tells the journal about them: their names, where their page is,
 * and which records a typed name is about. The journal is read by name (a mission's, a person's)
 * but entries record only a subject's type and id: the journal cannot depend on the modules that
 * write to it, so they implement this, as screening implements the registry's vetting. Asking the
 * owners at read time, rather than writing names into entries, also finds entries written before
 * a rename, under the name the record has now, and leaves the hashed entries as they are.
 */
public interface JournalSubjects {

	/** A record as the journal's reader sees it: by name, with its page if it has one (else null). */
	record Subject(String name, String href) {
	}

	/**
	 * The ids of the records whose name contains {@code name} (any case), with those of the records
	 * that are about them (a mission's or a person's accreditations); at most about {@code limit}.
	 */
	Set<String> about(String name, int limit);

	/** The records among these ids that this module knows, by id; ids it does not know are left out. */
	Map<String, Subject> describe(Collection<String> ids);
}
