package org.credence.security;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.problem.ProblemException;

/** On a service account's page, an administrator issues it tokens (each secret shown on that answer only) and revokes them. */
@Controller
@BlankIsAbsent
@RequestMapping("/admin/users/{id}/tokens")
class UserTokensPage {

	private final Accounts accounts;

	private final ServiceTokens tokens;

	private final UsersModel users;

	private final Feedback feedback;

	private final FormStep step;

	UserTokensPage(Accounts accounts, ServiceTokens tokens, UsersModel users, Feedback feedback, FormStep step) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.users = users;
		this.feedback = feedback;
		this.step = step;
	}

	/** Rendered, not redirected, as on one's own tokens page: the secret is kept nowhere. */
	@PostMapping
	String issue(@PathVariable UUID id, @Valid @ModelAttribute("token") TokenRequest form, BindingResult result,
			Model model, Locale locale) {
		Account account = accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
		model.mergeAttributes(Map.of("user", UserForm.of(account)));
		return step.submit(model, "token", result, () -> {
			model.addAttribute("issued", tokens.issue(id, form));
			return users.page(model, locale, "user", "/admin/users/" + id, account);
		}, () -> users.page(model, locale, "user", "/admin/users/" + id, account));
	}

	@PostMapping("/{tokenId}/revocation")
	String revoke(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		tokens.revoke(id, tokenId);
		feedback.done(redirect, "tokens.revoked");
		return "redirect:/admin/users/" + id;
	}
}
