package org.credence.publication;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.credence.host.Host;
import org.credence.pages.FormStep;

/** The diplomatic list as a page for anyone, with a form choosing its day; a day that cannot be read is said at the field. */
@Controller
class ListPage {

	private final DiplomaticList lists;

	private final FormStep step;

	private final Host host;

	private final Clock clock;

	ListPage(DiplomaticList lists, FormStep step, Host host, Clock clock) {
		this.lists = lists;
		this.step = step;
		this.host = host;
		this.clock = clock;
	}

	/** The day typed, kept as text so that what cannot be read is shown back as typed. */
	static class DayForm {

		private String date;

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}
	}

	@GetMapping("/public/diplomatic-list")
	String show(@ModelAttribute("listDay") DayForm form, BindingResult result, Model model, Locale locale) {
		step.read(model, "listDay", result, () -> model.addAttribute("diplomaticList",
				ListDocument.of(lists.of(ListDay.read(form.getDate(), host, clock), locale), host)));
		return "diplomatic-list";
	}
}
