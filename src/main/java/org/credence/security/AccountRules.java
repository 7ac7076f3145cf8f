package org.credence.security;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.host.States;
import org.credence.problem.InvalidField;

/**
 * What an account must be, whoever sets it (the users page, the API, the demo's accounts): each
 * rule adds what is wrong to the list, so that every wrong field is said at once.
 */
@Component
class AccountRules {

	private final Accounts accounts;

	private final MissionDirectory missions;

	private final States states;

	private final PasswordRules passwords;

	AccountRules(Accounts accounts, MissionDirectory missions, States states, PasswordRules passwords) {
		this.accounts = accounts;
		this.missions = missions;
		this.states = states;
		this.passwords = passwords;
	}

	void checkName(String name, List<InvalidField> errors) {
		if (name == null || !name.matches("[A-Za-z0-9._@-]{2,100}")) {
			errors.add(new InvalidField("name", "must be 2 to 100 letters, digits or . _ @ -"));
		}
		else if (accounts.findByName(name).isPresent()) {
			errors.add(new InvalidField("name", "is taken"));
		}
	}

	/** A person's password follows {@link PasswordRules}; a service account has none. */
	void checkPassword(AccountKind kind, String password, List<InvalidField> errors) {
		if (kind == AccountKind.PERSON) {
			passwords.check("password", password, errors);
		}
		else if (password != null) {
			errors.add(new InvalidField("password", "must be left out: a service account has no password"));
		}
	}

	void checkScope(Role role, UUID mission, String memberState, List<InvalidField> errors) {
		if (role == null) {
			errors.add(new InvalidField("role", "must be one of " + List.of(Role.values())));
		}
		if (role == Role.MISSION_ADMINISTRATOR && (mission == null || !missions.missionNames().containsKey(mission))) {
			errors.add(new InvalidField("mission", "must name a mission for a mission administrator"));
		}
		if (role == Role.MEMBER_STATE_DELEGATE && (memberState == null || !states.exists(memberState))) {
			errors.add(new InvalidField("memberState", "must be an ISO 3166-1 alpha-3 code for a member-state delegate"));
		}
	}

	/**
	 * Nobody takes away their own administration: so there is always an administrator left, the
	 * one acting, and nobody locks themselves out by mistake. Another administrator may do it.
	 */
	void keepOwnAdministration(Account account, Role role, boolean enabled, List<InvalidField> errors) {
		Caller caller = Actors.caller();
		if (caller == null || !account.id().equals(caller.account()) || account.role() != Role.ADMINISTRATOR) {
			return;
		}
		if (role != Role.ADMINISTRATOR) {
			errors.add(new InvalidField("role", "must stay administrator: another administrator must change your own role"));
		}
		if (!enabled) {
			errors.add(new InvalidField("enabled", "must stay true: another administrator must disable your own account"));
		}
	}
}
