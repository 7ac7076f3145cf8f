package org.credence.notices;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/** The caller's inbox as a page: each notice with a link to its decision, marked read one by one or all at once. */
@Controller
@RequestMapping("/notices")
class NoticesPage {

	private final Inbox inbox;

	private final NoticeText text;

	NoticesPage(Inbox inbox, NoticeText text) {
		this.inbox = inbox;
		this.text = text;
	}

	/** A notice as the page lists it; the decision named by the start of its id, as the link's text. */
	record Row(UUID id, UUID decision, String text, OffsetDateTime createdAt, boolean unread) {

		public String reference() {
			return decision.toString().substring(0, 8);
		}
	}

	/** The message after marking, in the shape the layout's messages fragment shows. */
	record Flash(String key, Object[] args) {
	}

	@GetMapping
	String list(Model model, Locale locale) {
		List<Row> rows = inbox.notices()
			.stream()
			.map(n -> new Row(n.id(), n.decision(), text.of(n, locale), n.createdAt(), n.readAt() == null))
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
