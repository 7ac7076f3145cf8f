package org.credence.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/**
 * A user changes their own password, proving the current one first. A wrong current password
 * counts as a failed login, slowed and locked alike: otherwise a session left open on an unlocked
 * screen would let anyone guess the password at full speed, then own the account. While the
 * account must wait, the current password is not even checked, as at the login.
 * <p>
 * Not transactional itself: the failure a wrong password counts must stay counted when the change
 * is refused; the change proper is one transaction of {@link AccountManagement}.
 */
@Service
class OwnPassword {

	static final ProblemKind NO_LOCAL_ACCOUNT = new ProblemKind("no-local-account",
			"Your password is not kept by this registry", HttpStatus.CONFLICT);

	static final ProblemKind THROTTLED = new ProblemKind("password-attempts-throttled",
			"Too many wrong passwords in a row", HttpStatus.TOO_MANY_REQUESTS);

	private final Accounts accounts;

	private final PasswordCheck check;

	private final AccountManagement management;

	private final Host host;

	private final PasswordRules passwords;

	OwnPassword(Accounts accounts, PasswordCheck check, AccountManagement management, Host host, PasswordRules passwords) {
		this.passwords = passwords;
		this.accounts = accounts;
		this.check = check;
		this.management = management;
		this.host = host;
	}

	/** Every field that is wrong is said at once; nothing is changed unless all are right. */
	void change(String currentPassword, String newPassword, String repeatedPassword) {
		Account account = accounts.find(localAccount()).orElseThrow();
		if (account.service()) {
			throw new ProblemException(NO_LOCAL_ACCOUNT, "A service account has no password: it calls the API with tokens.")
				.saying("service");
		}
		List<InvalidField> errors = new ArrayList<>();
		if (currentPassword == null || currentPassword.isEmpty()) {
			errors.add(new InvalidField("currentPassword", "must be given"));
		}
		else {
			try {
				check.verify(account.name(), clientAddress(), currentPassword);
			}
			catch (LoginRefused refused) {
				if (refused.reason() != LoginRefused.Reason.BAD_CREDENTIALS) {
					throw throttled(refused.until());
				}
				errors.add(new InvalidField("currentPassword", "is not your current password"));
			}
		}
		passwords.check("newPassword", newPassword, errors);
		if (newPassword != null && !newPassword.equals(repeatedPassword)) {
			errors.add(new InvalidField("repeatedPassword", "must be the same as newPassword"));
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		management.changeOwnPassword(account.id(), newPassword);
	}

	/** The caller's local account; a caller known only by an external identity provider has none here. */
	static UUID localAccount() {
		Caller caller = Actors.caller();
		if (caller == null || caller.account() == null) {
			throw new ProblemException(NO_LOCAL_ACCOUNT,
					"You are logged in through an external identity provider: change your password there.");
		}
		return caller.account();
	}

	/** The caller's address, counted with the account name as at the login. */
	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}

	private ProblemException throttled(Instant until) {
		return new ProblemException(THROTTLED, "Too many wrong passwords in a row: try again after "
				+ host.describe(until.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)) + ".").with("retryAfter", until.toString());
	}
}
