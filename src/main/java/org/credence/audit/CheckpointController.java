package org.credence.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.ProblemException;

/** The checkpoints for those who keep them: published ones, the key that signs them, and consistency between two. */
@RestController
@RequestMapping("/api/journal")
class CheckpointController {

	private final Checkpoints checkpoints;

	private final JournalVerifier verifier;

	private final JournalKeys keys;

	CheckpointController(Checkpoints checkpoints, JournalVerifier verifier, JournalKeys keys) {
		this.checkpoints = checkpoints;
		this.verifier = verifier;
		this.keys = keys;
	}

	/** @param next the {@code before} to ask for the following page, or null when this is the last */
	record CheckpointPage(List<Checkpoint> checkpoints, Long next) {
	}

	@Operation(summary = "Signed checkpoints of the journal, newest first")
	@GetMapping("/checkpoints")
	CheckpointPage checkpoints(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw ProblemException.invalid("limit", "must be between 1 and 1000");
		}
		if (before < 1) {
			throw ProblemException.invalid("before", "must be above 0");
		}
		List<Checkpoint> found = checkpoints.page(before, limit + 1);
		return found.size() > limit ? new CheckpointPage(found.subList(0, limit), found.get(limit - 1).size())
				: new CheckpointPage(found, null);
	}

	/** The Ed25519 public key the checkpoints are signed with, as PEM (X.509 SubjectPublicKeyInfo). */
	record PublicKey(String algorithm, String pem) {
	}

	@Operation(summary = "The Ed25519 public key that signs the checkpoints")
	@GetMapping("/public-key")
	PublicKey publicKey() {
		return new PublicKey("Ed25519", keys.publicKeyPem());
	}

	/**
	 * @param consistent the chain from {@code from} leads to {@code to}: every entry between them verifies
	 * @param firstFailure where it does not, as in a verification
	 */
	record Consistency(boolean consistent, long from, long to, JournalVerification.Failure firstFailure) {
	}

	/** Whether the later of two kept checkpoints extends the earlier: nothing up to the earlier was rewritten. */
	@Operation(summary = "Whether a later kept checkpoint extends an earlier one")
	@GetMapping("/consistency")
	Consistency consistency(@RequestParam String from, @RequestParam String to) {
		Checkpoint earlier = kept("from", from, keys);
		Checkpoint later = kept("to", to, keys);
		if (later.size() < earlier.size()) {
			throw ProblemException.invalid("to", "must not be before from (size " + earlier.size() + ")");
		}
		JournalVerification.Failure failure = verifier.consistency(earlier, later);
		return new Consistency(failure == null, earlier.size(), later.size(), failure);
	}

	/** A checkpoint sent as a request parameter, or the problem naming that parameter. */
	static Checkpoint kept(String field, String text, JournalKeys keys) {
		try {
			return Checkpoint.kept(text, keys);
		}
		catch (IllegalArgumentException e) {
			throw ProblemException.invalid(field, e.getMessage());
		}
	}
}
