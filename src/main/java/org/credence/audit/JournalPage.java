package org.credence.audit;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.FormStep;

/** The journal for auditors in the pages: newest first, page by page, filtered; whether the chain verifies; export. */
@Controller
@BlankIsAbsent
@RequestMapping("/journal")
class JournalPage {

	static final int SHOWN = 50;

	private final JournalListing entries;

	private final JournalFilters filters;

	private final JournalView view;

	private final JournalVerifier verifier;

	private final FormStep step;

	JournalPage(JournalListing entries, JournalFilters filters, JournalView view, JournalVerifier verifier, FormStep step) {
		this.entries = entries;
		this.filters = filters;
		this.view = view;
		this.verifier = verifier;
		this.step = step;
	}

	@GetMapping
	String show(@ModelAttribute("journal") JournalQuery typed, BindingResult result,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		model.addAttribute("self", "/journal");
		model.addAttribute("verification", verifier.verify(false, null));
		model.addAttribute("actions", actions(locale));
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		query.queryParamIfPresent("subject", Optional.ofNullable(typed.subject()))
			.queryParamIfPresent("actor", Optional.ofNullable(typed.actor()))
			.queryParamIfPresent("action", Optional.ofNullable(typed.action()))
			.queryParamIfPresent("name", Optional.ofNullable(typed.name()))
			.queryParamIfPresent("from", Optional.ofNullable(typed.from()))
			.queryParamIfPresent("to", Optional.ofNullable(typed.to()));
		model.addAttribute("rows", List.of());
		model.addAttribute("pages", List.of());
		model.addAttribute("total", 0L);
		step.read(model, "journal", result, () -> {
			JournalFilter filter = filters.of(typed);
			long total = entries.count(filter);
			int last = (int) Math.max(1, (total + SHOWN - 1) / SHOWN);
			int current = Math.min(number(page), last);
			model.addAttribute("rows", view.rows(entries.newestFirst(filter, (long) (current - 1) * SHOWN, SHOWN), locale));
			model.addAttribute("total", total);
			model.addAttribute("pages", last == 1 ? List.of() : PageNumbers.around(current, last,
					number -> "/journal" + query.cloneBuilder().queryParam("page", number).build().encode().toUriString()));
		});
		String filtered = query.build().encode().toUriString();
		model.addAttribute("exportJsonLines", "/api/journal/export" + filtered);
		model.addAttribute("exportCsv", "/api/journal/export/csv" + filtered);
		return "journal";
	}

	/** The actions that occur, for the filter's select: as recorded, by their name in the reader's words, in its order. */
	private Map<String, String> actions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> named = new LinkedHashMap<>();
		entries.actions().stream().map(action -> Map.entry(action, view.action(action, locale)))
			.sorted(Map.Entry.comparingByValue(collator)).forEach(action -> named.put(action.getKey(), action.getValue()));
		return named;
	}

	/** A page number that is not one starts from the first page: it only ever comes from our own links. */
	private static int number(String page) {
		return page != null && page.matches("[1-9]\\d{0,8}") ? Integer.parseInt(page) : 1;
	}
}
