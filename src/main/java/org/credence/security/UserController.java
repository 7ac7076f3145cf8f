package org.credence.security;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.problem.ProblemException;

/** The users page through the API: the same service, the same rules; and service accounts' tokens. */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/admin/users")
class UserController {

	private final Accounts accounts;

	private final AccountManagement management;

	private final ServiceTokens tokens;

	private final Host host;

	UserController(Accounts accounts, AccountManagement management, ServiceTokens tokens, Host host) {
		this.accounts = accounts;
		this.management = management;
		this.tokens = tokens;
		this.host = host;
	}

	@Schema(description = "A new user: a PERSON logs in with its password; a SERVICE has none and calls the API with "
			+ "the tokens an administrator issues it")
	record NewUser(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "2 to 100 letters, digits or . _ @ -, "
			+ "unique whatever the case") String name,
			@Schema(description = "PERSON unless said") AccountKind kind,
			@Schema(description = "For a PERSON only, and required for one: 12 to 200 characters, not a commonly used one")
			String password,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Role role,
			@Schema(description = "Required for a MISSION_ADMINISTRATOR, ignored for other roles") UUID mission,
			@Schema(description = "ISO 3166-1 alpha-3; required for a MEMBER_STATE_DELEGATE, ignored for other roles",
					example = "FRA") String memberState) {
	}

	record UserView(UUID id, String name, AccountKind kind, Role role, UUID mission, String memberState,
			boolean enabled, @Schema(description = "Failed logins in a row") int failedLogins,
			@Schema(description = "Until when failed logins keep it from logging in, if they do") OffsetDateTime lockedUntil,
			OffsetDateTime createdAt, String createdBy) {
	}

	@Operation(summary = "Every user, by name")
	@GetMapping
	List<UserView> list() {
		return accounts.all().stream().map(this::view).toList();
	}

	@Operation(summary = "Create a user (a person with a password, or a service account) with its role and scope")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<UserView> create(@RequestBody NewUser body) {
		Account account = management.create(body.kind(), body.name(), body.password(), body.role(), body.mission(),
				body.memberState());
		return ResponseEntity.created(URI.create("/api/admin/users/" + account.id())).body(view(account));
	}

	@Operation(summary = "One user")
	@GetMapping("/{id}")
	UserView get(@PathVariable UUID id) {
		return view(account(id));
	}

	@Operation(summary = "Change a user's role, scope, whether they may log in, or password; or unlock them. "
			+ "What the body leaves out stays as it is. Nobody takes away their own administration.")
	@PatchMapping("/{id}")
	UserView change(@PathVariable UUID id, @RequestBody AccountChange body) {
		management.change(id, body);
		return view(account(id));
	}

	@Operation(summary = "A user's access tokens, without their secrets")
	@GetMapping("/{id}/tokens")
	List<AccessToken> tokens(@PathVariable UUID id) {
		return tokens.of(id);
	}

	@Operation(summary = "Issue a token to a service account; its secret is in this answer only, never again")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/tokens")
	ResponseEntity<TokenController.IssuedToken> issue(@PathVariable UUID id, @Valid @RequestBody TokenRequest body) {
		PersonalTokens.Issued issued = tokens.issue(id, body);
		return ResponseEntity.created(URI.create("/api/admin/users/" + id + "/tokens/" + issued.token().id()))
			.body(new TokenController.IssuedToken(issued.token(), issued.secret()));
	}

	@Operation(summary = "Revoke a user's token: it is refused from now on")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}/tokens/{tokenId}")
	ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID tokenId) {
		tokens.revoke(id, tokenId);
		return ResponseEntity.noContent().build();
	}

	private Account account(UUID id) {
		return accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
	}

	private UserView view(Account account) {
		return new UserView(account.id(), account.name(), account.kind(), account.role(), account.missionId(),
				account.memberState(), account.enabled(), account.failedLogins(), local(account.lockedUntil()),
				local(account.createdAt()), account.createdBy());
	}

	private OffsetDateTime local(Instant instant) {
		return instant == null ? null : host.local(instant.atOffset(ZoneOffset.UTC));
	}
}
