package org.credence.publication;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.credence.pages.Feedback;
import org.credence.security.CalendarAddresses;

/**
 * The user's own calendar address: made (or replaced, which makes the old one unknown) and shown on
 * that answer only, as only its digest is kept; revoked. The address carries the page's language, as
 * a calendar client sends none of its own.
 */
@Controller
@RequestMapping("/account/calendar")
class CalendarPage {

	private final CalendarAddresses addresses;

	private final Feedback feedback;

	CalendarPage(CalendarAddresses addresses, Feedback feedback) {
		this.addresses = addresses;
		this.feedback = feedback;
	}

	@GetMapping
	String show(Model model) {
		return page(model);
	}

	@PostMapping
	String create(Model model, HttpServletRequest request, Locale locale) {
		String secret = addresses.create();
		model.addAttribute("address", ServletUriComponentsBuilder.fromContextPath(request)
			.path(CalendarFeed.PATH)
			.queryParam("lang", locale.getLanguage())
			.buildAndExpand(secret)
			.toUriString());
		return page(model);
	}

	@PostMapping("/revocation")
	String revoke(RedirectAttributes redirect) {
		feedback.done(redirect, addresses.revoke() ? "calendar.revoked" : "calendar.none");
		return "redirect:/account/calendar";
	}

	private String page(Model model) {
		model.addAttribute("since", addresses.createdAt().orElse(null));
		return "calendar";
	}
}
