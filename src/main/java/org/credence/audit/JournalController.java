package org.credence.audit;

import java.time.Clock;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.problem.ProblemException;

/** The journal for auditors: filtered and paged, exported as JSON Lines, and verified. */
@RestController
@RequestMapping("/api/journal")
class JournalController {

	static final String JSON_LINES = "application/jsonl";

	private static final int EXPORT_PAGE = 1000;

	private final JournalEntries entries;

	private final JournalVerifier verifier;

	private final Host host;

	private final Clock clock;

	private final JsonMapper json;

	private final JournalKeys keys;

	JournalController(JournalEntries entries, JournalVerifier verifier, Host host, Clock clock, JsonMapper json, JournalKeys keys) {
		this.entries = entries;
		this.verifier = verifier;
		this.keys = keys;
		this.host = host;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * @param next the {@code after} to ask for the following page, or null when this is the last
	 */
	record Page(List<JournalEntry> entries, Long next) {
	}

	@Operation(summary = "Journal entries in the order written, filtered by subject, actor and days; next: the after of the following page")
	@GetMapping
	Page find(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String from,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String to,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw ProblemException.invalid("limit", "must be between 1 and 1000");
		}
		if (after < 0) {
			throw ProblemException.invalid("after", "must not be negative");
		}
		JournalFilter filter = JournalFilter.parse(subject, actor, from, to, host, clock);
		List<JournalEntry> found = entries.find(filter, after, limit + 1);
		return found.size() > limit ? new Page(found.subList(0, limit), found.get(limit - 1).id())
				: new Page(found, null);
	}

	/** Every matching entry, one JSON object per line, in the order written, with position and hash. */
	@Operation(summary = "The matching entries as JSON Lines, each with its position and hash")
	@GetMapping("/export")
	void export(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String from,
			@RequestParam(required = false) @Parameter(schema = @Schema(format = "date")) String to,
			HttpServletResponse response) throws IOException {
		JournalFilter filter = JournalFilter.parse(subject, actor, from, to, host, clock);
		response.setContentType(JSON_LINES);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal.jsonl\"");
		Writer out = response.getWriter();
		long after = 0;
		List<JournalEntry> page;
		do {
			page = entries.find(filter, after, EXPORT_PAGE);
			for (JournalEntry entry : page) {
				out.write(json.writeValueAsString(entry));
				out.write('\n');
				after = entry.id();
			}
		}
		while (page.size() == EXPORT_PAGE);
		out.flush();
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
