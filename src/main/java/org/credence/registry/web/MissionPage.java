package org.credence.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.Paged;
import org.credence.registry.history.HistoryEntry;
import org.credence.registry.history.RegistryHistory;

/** One mission: its summary, its members and its history, each a tab of the mission's pages. */
@Controller
@BlankIsAbsent
@RequestMapping("/missions/{id}")
class MissionPage {

	private final MissionPageModel page;

	private final MissionHead head;

	private final RegistryHistory history;

	private final HistoryRows historyRows;

	private final Feedback feedback;

	MissionPage(MissionPageModel page, MissionHead head, RegistryHistory history, HistoryRows historyRows,
			Feedback feedback) {
		this.page = page;
		this.head = head;
		this.history = history;
		this.historyRows = historyRows;
		this.feedback = feedback;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return page.summary(model, id, locale);
	}

	@GetMapping("/members")
	String members(@PathVariable UUID id, @ModelAttribute("filter") MemberFilter filter, BindingResult result,
			HttpServletRequest request, Model model, Locale locale) {
		return page.members(model, id, filter, result, request, locale);
	}

	/** The history in the order things happened, of one kind of entry and naming one person if asked. */
	@GetMapping("/history")
	String history(@PathVariable UUID id, @ModelAttribute("filter") HistoryFilter filter, BindingResult result,
			HttpServletRequest request, Model model, Locale locale) {
		head.fill(model, id, "history", locale);
		List<HistoryEntry> entries = history.ofMission(id);
		String name = filter.getName() == null ? "" : filter.getName().toLowerCase(locale);
		List<HistoryEntry> shown = entries.stream()
			.filter(entry -> filter.getKind() == null || entry.kind().equals(filter.getKind()))
			.filter(entry -> name.isEmpty()
					|| entry.personName() != null && entry.personName().toLowerCase(locale).contains(name))
			.toList();
		if (result.hasErrors()) {
			feedback.invalid(model, "history", result);
		}
		model.addAttribute("kinds", entries.stream().map(HistoryEntry::kind).distinct().sorted().toList());
		model.addAttribute("history", Paged.of(shown, filter.getPage(), request).map(rows -> historyRows.of(rows, locale)));
		return "mission-history";
	}
}
