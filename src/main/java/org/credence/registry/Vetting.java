package org.credence.registry;

import java.util.UUID;

import org.credence.registry.person.Person;

/**
 * Whoever vets persons before they are accredited (the screening module) says here whether an
 * approval may go ahead; the registry asks, in the approval's transaction, and does not know how the
 * answer is reached.
 */
public interface Vetting {

	/** What every role may know of a person's screening; only security officers see the hits behind it. */
	enum Standing {
		/** Never screened: registered before screening existed, and not asked for since. */
		NOT_SCREENED,
		/** Screened, and nothing open or confirmed. */
		CLEAR,
		/** A hit awaits a security officer's decision. */
		PENDING,
		/** A security officer confirmed that the person is on a list. */
		CONFIRMED
	}

	Standing standing(UUID personId);

	/** Throws a problem naming why, when the person may not be accredited yet. */
	void requireClear(Person person);
}
