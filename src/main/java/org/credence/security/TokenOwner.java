package org.credence.security;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/** Whose tokens the API and the tokens page show and change: the caller's own. */
final class TokenOwner {

	private TokenOwner() {
	}

	/** Tokens belong to accounts of this registry; a caller known only by an external provider has none. */
	static UUID account() {
		Caller caller = Actors.caller();
		if (caller == null || caller.account() == null) {
			throw new ProblemException(new ProblemKind("no-account", "Tokens belong to accounts of this registry",
					HttpStatus.CONFLICT), "You are logged in through an external identity provider.");
		}
		return caller.account();
	}
}
