package org.credence.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.problem.ProblemException;

/** A user's own personal access tokens: create one (its secret shown on this answer only), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
class TokensPage {

	private final PersonalTokens tokens;

	private final Feedback feedback;

	private final FormStep step;

	private final Clock clock;

	TokensPage(PersonalTokens tokens, Feedback feedback, FormStep step, Clock clock) {
		this.tokens = tokens;
		this.feedback = feedback;
		this.step = step;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		return page(model);
	}

	@PostMapping
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String days,
			Model model) {
		step.read(model, "token", Map.of(), () -> {
			int validDays = days == null || days.isBlank() ? TokenRequest.DEFAULT_DAYS : parseDays(days);
			if (name == null || name.isBlank() || name.length() > 100) {
				throw ProblemException.invalid("name", "must be 1 to 100 characters");
			}
			PersonalTokens.Issued issued = tokens.issue(TokenOwner.account(), name,
					clock.instant().plus(Duration.ofDays(validDays)));
			// Rendered, not redirected: the secret is shown on this answer and kept nowhere.
			model.addAttribute("issued", issued);
		});
		return page(model);
	}

	@PostMapping("/{id}/revocation")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!tokens.revoke(TokenOwner.account(), id)) {
			throw ProblemException.notFound("access token", id);
		}
		feedback.done(redirect, "tokens.revoked");
		return "redirect:/account/tokens";
	}

	private String page(Model model) {
		model.addAttribute("self", "/account/tokens");
		model.addAttribute("tokens", tokens.of(TokenOwner.account()));
		model.addAttribute("now", clock.instant());
		return "tokens";
	}

	private static int parseDays(String days) {
		try {
			int value = Integer.parseInt(days.trim());
			if (value >= 1 && value <= 365) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// Said below, like a number out of range.
		}
		throw ProblemException.invalid("days", "must be a whole number from 1 to 365");
	}
}
