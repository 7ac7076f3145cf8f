package org.credence.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.problem.ProblemException;

/** A user's own personal access tokens: create one (its secret shown on this answer only), list, revoke. */
@Controller
@BlankIsAbsent
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
		model.mergeAttributes(Map.of("token", new TokenRequest(null, TokenRequest.DEFAULT_DAYS)));
		return page(model);
	}

	/**
	 * Rendered, not redirected: the secret is shown on this answer and kept nowhere. The form is the
	 * API's request, with its rules; being a record, it is not validated when its days cannot be
	 * read, which is then said alone.
	 */
	@PostMapping
	String create(@Valid @ModelAttribute("token") TokenRequest form, BindingResult result, Model model) {
		return step.submit(model, "token", result, () -> {
			model.addAttribute("issued", tokens.issue(TokenOwner.account(), form.name(),
					clock.instant().plus(Duration.ofDays(form.validDays()))));
			return page(model);
		}, () -> page(model));
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
}
