package org.credence.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.credence.host.Host;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.FormStep;

/** The journal for auditors in the pages: filter, read, see whether the chain verifies, export. */
@Controller
@BlankIsAbsent
@RequestMapping("/journal")
class JournalPage {

	private static final int SHOWN = 100;

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private final JournalEntries entries;

	private final JournalVerifier verifier;

	private final Host host;

	private final Clock clock;

	private final FormStep step;

	JournalPage(JournalEntries entries, JournalVerifier verifier, Host host, Clock clock, FormStep step) {
		this.entries = entries;
		this.verifier = verifier;
		this.host = host;
		this.clock = clock;
		this.step = step;
	}

	/** An entry with its time as the receiving party's clocks showed it, to the second. */
	record Row(JournalEntry entry, String time) {
	}

	/** The filter as typed, read as the export's query is ({@link JournalFilter#parse}). */
	record Query(String subject, String actor, String from, String to) {
	}

	@GetMapping
	String show(@ModelAttribute("journal") Query typed, BindingResult result,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("self", "/journal");
		model.addAttribute("verification", verifier.verify(false, null));
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		query.queryParamIfPresent("subject", Optional.ofNullable(typed.subject()))
			.queryParamIfPresent("actor", Optional.ofNullable(typed.actor()))
			.queryParamIfPresent("from", Optional.ofNullable(typed.from()))
			.queryParamIfPresent("to", Optional.ofNullable(typed.to()));
		model.addAttribute("rows", List.of());
		step.read(model, "journal", result, () -> {
			JournalFilter filter = JournalFilter.parse(typed.subject(), typed.actor(), typed.from(), typed.to(), host, clock);
			List<JournalEntry> found = entries.find(filter, cursor(after), SHOWN + 1);
			model.addAttribute("rows", found.stream().limit(SHOWN).map(this::row).toList());
			if (found.size() > SHOWN) {
				model.addAttribute("next", "/journal" + query.cloneBuilder()
					.queryParam("after", found.get(SHOWN - 1).id()).build().encode().toUriString());
			}
		});
		model.addAttribute("export", "/api/journal/export" + query.build().encode().toUriString());
		return "journal";
	}

	/** A cursor that is not a number starts from the beginning: it only ever comes from our own link. */
	private static long cursor(String after) {
		return after != null && after.matches("\\d{1,18}") ? Long.parseLong(after) : 0;
	}

	private Row row(JournalEntry entry) {
		Instant at = entry.recordedAt();
		return new Row(entry, SECONDS.format(host.local(at.atOffset(ZoneOffset.UTC))) + " " + host.timeZone().getId());
	}
}
