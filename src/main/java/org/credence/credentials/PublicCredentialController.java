package org.credence.credentials;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.credence.registry.StaffCategory;

/** The public verification of a card's number, which the QR code on the card's back points to. */
@Tag(name = "Credentials")
@RestController
class PublicCredentialController {

	private final PublicVerification verification;

	PublicCredentialController(PublicVerification verification) {
		this.verification = verification;
	}

	@Schema(name = "CredentialVerification")
	record VerificationAnswer(String number, boolean valid,
			@Schema(description = "The holder's staff category, for a valid card only") StaffCategory category) {
	}

	@Operation(summary = "Whether the card of that number is valid today, and for which category: nothing else. "
			+ "No login; limited per client address (429 with Retry-After beyond it)")
	@GetMapping("/public/credentials/{number}")
	VerificationAnswer verify(@PathVariable String number, HttpServletRequest request) {
		PublicVerification.Answer answer = verification.verify(number, request.getRemoteAddr());
		return new VerificationAnswer(answer.number(), answer.valid(), answer.category());
	}

	@ExceptionHandler(PublicVerification.TooMany.class)
	ResponseEntity<ProblemDetail> tooMany(PublicVerification.TooMany e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(CredentialProblems.TOO_MANY_VERIFICATIONS.status(),
				e.getMessage());
		problem.setType(CredentialProblems.TOO_MANY_VERIFICATIONS.type());
		problem.setTitle(CredentialProblems.TOO_MANY_VERIFICATIONS.title());
		problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
		return ResponseEntity.status(CredentialProblems.TOO_MANY_VERIFICATIONS.status())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
