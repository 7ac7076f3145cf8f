package org.credence.notices;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.decisions.DecisionTitles;


/** The caller's inbox as a page: each notice with a link to its decision, marked read one by one or all at once. */
@Controller
@RequestMapping("/notices")
class NoticesPage {

	private final Inbox inbox;

	private final NoticeText text;

	private final DecisionTitles titles;

	NoticesPage(Inbox inbox, NoticeText text, DecisionTitles titles) {
		this.inbox = inbox;
		this.text = text;
		this.titles = titles;
	}

	/** A notice as the page lists it, its decision named by its reference in the reader's language. */
	record Row(UUID id, UUID decision, String reference, String text, OffsetDateTime createdAt, boolean unread) {
	}

	/** The message after marking, in the shape the layout's messages fragment shows; kept in the session. */
	record Flash(String key, Object[] args) implements Serializable {
	}

	@GetMapping
	String list(Model model, Locale locale) {
		List<Notice> notices = inbox.notices();
		Map<UUID, DecisionTitles.Named> names = titles.of(notices.stream().map(Notice::decision).distinct().toList(), locale);
		List<Row> rows = notices.stream()
			.map(n -> new Row(n.id(), n.decision(), Optional.ofNullable(names.get(n.decision()))
				.map(DecisionTitles.Named::reference).orElse(null), text.of(n, locale), n.createdAt(),
					n.readAt() == null))
			.toList();
		model.addAttribute("self", "/notices");
		model.addAttribute("notices", rows);
		model.addAttribute("unread", inbox.unread());
		return "notices";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable UUID id) {
		inbox.markRead(id);
		return "redirect:/notices";
	}

	@PostMapping("/read")
	String readAll(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", new Flash("notices.all-read", new Object[] { inbox.markAllRead() }));
		return "redirect:/notices";
	}
}
