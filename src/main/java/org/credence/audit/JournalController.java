package org.credence.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.ProblemException;

/** The journal for auditors: filtered and paged, and verified (the exports: {@link JournalExportController}). */
@RestController
@RequestMapping("/api/journal")
class JournalController {

	private final JournalEntries entries;

	private final JournalFilters filters;

	private final JournalVerifier verifier;

	private final JournalKeys keys;

	JournalController(JournalEntries entries, JournalFilters filters, JournalVerifier verifier, JournalKeys keys) {
		this.entries = entries;
		this.filters = filters;
		this.verifier = verifier;
		this.keys = keys;
	}

	/**
	 * @param next the {@code after} to ask for the following page, or null when this is the last
	 */
	record Page(List<JournalEntry> entries, Long next) {
	}

	@Operation(summary = "Journal entries in the order written, filtered by subject, actor, action, a mission's or person's name and days; next: the after of the following page")
	@GetMapping
	Page find(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String name,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String from,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String to,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw ProblemException.invalid("limit", "must be between 1 and 1000");
		}
		if (after < 0) {
			throw ProblemException.invalid("after", "must not be negative");
		}
		JournalFilter filter = filters.of(new JournalQuery(subject, actor, action, name, from, to));
		List<JournalEntry> found = entries.find(filter, after, limit + 1);
		return found.size() > limit ? new Page(found.subList(0, limit), found.get(limit - 1).id())
				: new Page(found, null);
	}

	/**
	 * From where this server verified last, or from the first position when {@code whole}; against
	 * this server's last checkpoint and the {@code checkpoint} a caller kept, if given.
	 */
	@Operation(summary = "Recompute the hash chain: whether it verifies, and the first entry that does not")
	@GetMapping("/verification")
	JournalVerification verification(@RequestParam(defaultValue = "false") boolean whole,
			@RequestParam(required = false) String checkpoint) {
		return verifier.verify(whole, checkpoint == null ? null : CheckpointController.kept("checkpoint", checkpoint, keys));
	}

}
