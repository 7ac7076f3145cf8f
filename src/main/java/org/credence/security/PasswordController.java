package org.credence.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Account")
@RestController
@RequestMapping("/api/account/password")
class PasswordController {

	private final OwnPassword password;

	PasswordController(OwnPassword password) {
		this.password = password;
	}

	/** The three fields are checked by {@link OwnPassword}, which says every wrong one at once. */
	record PasswordChange(String currentPassword, String newPassword, String repeatedPassword) {
	}

	@Operation(summary = "Change your own password: the current one, and the new one twice (12 to 200 characters). "
			+ "A wrong current password counts as a failed login. Open sessions and access tokens stay valid.")
	@PostMapping
	ResponseEntity<Void> change(@RequestBody PasswordChange body) {
		password.change(body.currentPassword(), body.newPassword(), body.repeatedPassword());
		return ResponseEntity.noContent().build();
	}
}
