package org.credence.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/**
 * Administrators create accounts (people and service accounts), change their role and scope, enable
 * or disable them and unlock them, by the page or the API; every user changes their own password.
 */
@Service
class AccountManagement {

	private final Accounts accounts;

	private final AccountRules rules;

	private final PasswordEncoder encoder;

	private final Actors actors;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PasswordRules passwords;

	private final LoginAttempts attempts;

	AccountManagement(Accounts accounts, AccountRules rules, PasswordEncoder encoder, Actors actors, Clock clock,
			ApplicationEventPublisher events, PasswordRules passwords, LoginAttempts attempts) {
		this.attempts = attempts;
		this.passwords = passwords;
		this.accounts = accounts;
		this.rules = rules;
		this.encoder = encoder;
		this.actors = actors;
		this.clock = clock;
		this.events = events;
	}

	/** A person with a password, or a service without one, whose tokens an administrator then issues. */
	@Transactional
	Account create(AccountKind kind, String name, String password, Role role, UUID mission, String memberState) {
		AccountKind created = kind == null ? AccountKind.PERSON : kind;
		List<InvalidField> errors = new ArrayList<>();
		rules.checkName(name, errors);
		rules.checkPassword(created, password, errors);
		rules.checkScope(role, mission, memberState, errors);
		refuseIf(errors);
		Account account = new Account(UUID.randomUUID(), name, created, password == null ? null : encoder.encode(password),
				role, role == Role.MISSION_ADMINISTRATOR ? mission : null,
				role == Role.MEMBER_STATE_DELEGATE ? memberState : null, true, 0, null, clock.instant(), actors.current());
		accounts.add(account);
		events.publishEvent(new AccountEvent.AccountCreated(account.id(), account.name(), account.kind(), account.role(),
				account.missionId(), account.memberState()));
		return account;
	}

	/** A new role and scope; a new password only when one is given. */
	@Transactional
	void update(UUID id, Role role, UUID mission, String memberState, boolean enabled, String newPassword) {
		Account account = accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
		List<InvalidField> errors = new ArrayList<>();
		if (newPassword != null) {
			rules.checkPassword(account.kind(), newPassword, errors);
		}
		rules.checkScope(role, mission, memberState, errors);
		rules.keepOwnAdministration(account, role, enabled, errors);
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

	/**
	 * The API's partial change: what the change leaves out stays as it is, and the whole is then
	 * checked by the same rules as the page's form; an unlock is part of the same transaction.
	 */
	@Transactional
	void change(UUID id, AccountChange change) {
		Account account = accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
		if (change.changesMoreThanTheLock()) {
			update(id, or(change.role(), account.role()), or(change.mission(), account.missionId()),
					or(change.memberState(), account.memberState()), or(change.enabled(), account.enabled()),
					change.password());
		}
		if (Boolean.TRUE.equals(change.unlock())) {
			unlock(id);
		}
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

	private static <T> T or(T given, T current) {
		return given != null ? given : current;
	}

	private static void refuseIf(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
	}
}
