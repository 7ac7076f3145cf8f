package org.credence.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.host.States;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * Administrators create accounts, change their role and scope, enable or disable them and unlock them;
 * every user changes their own password.
 */
@Service
class AccountManagement {

	private final Accounts accounts;

	private final MissionDirectory missions;

	private final States states;

	private final PasswordEncoder encoder;

	private final Actors actors;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PasswordRules passwords;

	private final LoginAttempts attempts;

	AccountManagement(Accounts accounts, MissionDirectory missions, States states, PasswordEncoder encoder,
			Actors actors, Clock clock, ApplicationEventPublisher events, PasswordRules passwords, LoginAttempts attempts) {
		this.attempts = attempts;
		this.passwords = passwords;
		this.accounts = accounts;
		this.missions = missions;
		this.states = states;
		this.encoder = encoder;
		this.actors = actors;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	Account create(String name, String password, Role role, UUID mission, String memberState) {
		List<InvalidField> errors = new ArrayList<>();
		if (name == null || !name.matches("[A-Za-z0-9._@-]{2,100}")) {
			errors.add(new InvalidField("name", "must be 2 to 100 letters, digits or . _ @ -"));
		}
		else if (accounts.findByName(name).isPresent()) {
			errors.add(new InvalidField("name", "is taken"));
		}
		passwords.check("password", password, errors);
		checkScope(role, mission, memberState, errors);
		refuseIf(errors);
		Account account = new Account(UUID.randomUUID(), name, encoder.encode(password), role,
				role == Role.MISSION_ADMINISTRATOR ? mission : null, role == Role.MEMBER_STATE_DELEGATE ? memberState : null,
				true, 0, null, clock.instant(), actors.current());
		accounts.add(account);
		events.publishEvent(new AccountEvent.AccountCreated(account.id(), account.name(), account.role(),
				account.missionId(), account.memberState()));
		return account;
	}

	/** A new role and scope; a new password only when one is given. */
	@Transactional
	void update(UUID id, Role role, UUID mission, String memberState, boolean enabled, String newPassword) {
		Account account = accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
		List<InvalidField> errors = new ArrayList<>();
		if (newPassword != null) {
			passwords.check("password", newPassword, errors);
		}
		checkScope(role, mission, memberState, errors);
		refuseIf(errors);
		accounts.update(account.id(), role, role == Role.MISSION_ADMINISTRATOR ? mission : null,
				role == Role.MEMBER_STATE_DELEGATE ? memberState : null, enabled);
		if (newPassword != null) {
			accounts.changePassword(account.id(), encoder.encode(newPassword));
		}
		Account changed = accounts.find(id).orElseThrow();
		events.publishEvent(new AccountEvent.AccountChanged(id, changed.role(), changed.missionId(), changed.memberState(),
				changed.enabled(), newPassword != null));
	}

	/** A user's own new password, their current one already proved ({@link OwnPassword}). */
	@Transactional
	void changeOwnPassword(UUID id, String newPassword) {
		List<InvalidField> errors = new ArrayList<>();
		passwords.check("newPassword", newPassword, errors);
		refuseIf(errors);
		accounts.changePassword(accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id)).id(),
				encoder.encode(newPassword));
		events.publishEvent(new AccountEvent.PasswordChanged(id));
	}

	@Transactional
	void unlock(UUID id) {
		Account account = accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
		accounts.clearFailures(account.id());
		attempts.forget(account.name());
		events.publishEvent(new AccountEvent.AccountUnlocked(id));
	}

	private void checkScope(Role role, UUID mission, String memberState, List<InvalidField> errors) {
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

	private static void refuseIf(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
	}
}
