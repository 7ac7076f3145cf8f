package org.credence.security;

import java.util.UUID;

/**
 * The form that creates a user (name, kind, and a password unless it is a service account) or
 * changes one (whether they may log in, and a new password if one is given); both set the role and
 * its scope. The rules are
 * {@link AccountManagement}'s, said in the form's words ({@code failure.user.*}).
 */
record UserForm(String name, AccountKind kind, String password, Role role, UUID mission, String memberState,
		Boolean enabled) {

	static final UserForm BLANK = new UserForm(null, AccountKind.PERSON, null, null, null, null, false);

	/** A box left unticked sends nothing: the user may not log in. */
	UserForm {
		enabled = Boolean.TRUE.equals(enabled);
	}

	/** The user as they are, to be changed; never their password. */
	static UserForm of(Account account) {
		return new UserForm(account.name(), account.kind(), null, account.role(), account.missionId(),
				account.memberState(), account.enabled());
	}
}
