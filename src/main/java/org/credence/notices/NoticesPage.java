package org.credence.notices;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.problem.ProblemException;

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
	record Row(UUID id, UUID decision, String text, String createdAt, boolean unread) {

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
			.map(n -> new Row(n.id(), n.decision(), text.of(n, locale), text.time(n.createdAt()), n.readAt() == null))
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

	/** Someone else's notice, or one that does not exist, ends on the shared error page. */
	@ExceptionHandler(ProblemException.class)
	void refused(ProblemException e, HttpServletResponse response) throws IOException {
		response.sendError(e.kind().status().value());
	}

	/** A path id that is not a UUID names nothing that can exist. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadablePath(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
