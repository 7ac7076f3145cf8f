package org.credence.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.ProblemException;

@Tag(name = "Access tokens")
@RestController
@RequestMapping("/api/account/tokens")
class TokenController {

	private final PersonalTokens tokens;

	private final Clock clock;

	TokenController(PersonalTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	record IssuedToken(AccessToken token, String secret) {
	}

	@Operation(summary = "Your personal access tokens, without their secrets")
	@GetMapping
	List<AccessToken> list() {
		return tokens.of(TokenOwner.account());
	}

	@Operation(summary = "Create a personal access token; its secret is in this answer only, never again")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<IssuedToken> create(@Valid @RequestBody TokenRequest body) {
		PersonalTokens.Issued issued = tokens.issue(TokenOwner.account(), body.name(),
				clock.instant().plus(Duration.ofDays(body.validDays())));
		return ResponseEntity.created(URI.create("/api/account/tokens/" + issued.token().id()))
			.body(new IssuedToken(issued.token(), issued.secret()));
	}

	@Operation(summary = "Revoke one of your tokens: it is refused from now on")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		if (!tokens.revoke(TokenOwner.account(), id)) {
			throw ProblemException.notFound("access token", id);
		}
		return ResponseEntity.noContent().build();
	}
}
