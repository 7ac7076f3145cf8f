package org.credence.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/**
 * An administrator's hand on other accounts' tokens, for the users page and the API alike: issues
 * them to service accounts only (a person makes their own, so that nobody acts in a person's name
 * with a token they did not make), lists and revokes those of any account.
 */
@Service
class ServiceTokens {

	static final ProblemKind NOT_A_SERVICE = new ProblemKind("not-a-service-account",
			"Tokens are issued by an administrator to service accounts only", HttpStatus.CONFLICT);

	private final Accounts accounts;

	private final PersonalTokens tokens;

	private final Clock clock;

	ServiceTokens(Accounts accounts, PersonalTokens tokens, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.clock = clock;
	}

	List<AccessToken> of(UUID accountId) {
		return tokens.of(account(accountId).id());
	}

	@Transactional
	PersonalTokens.Issued issue(UUID accountId, TokenRequest request) {
		Account account = account(accountId);
		if (!account.service()) {
			throw new ProblemException(NOT_A_SERVICE, account.name() + " is a person, who makes their own tokens.")
				.with("user", account.name());
		}
		return tokens.issue(account.id(), request.name(), clock.instant().plus(Duration.ofDays(request.validDays())));
	}

	@Transactional
	void revoke(UUID accountId, UUID tokenId) {
		if (!tokens.revoke(account(accountId).id(), tokenId)) {
			throw ProblemException.notFound("access token", tokenId);
		}
	}

	private Account account(UUID id) {
		return accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
	}
}
