package org.credence.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;

/**
 * A user changes their own password. The session goes on under a new id, as after a login; other
 * sessions and the user's access tokens stay valid (the page says so), since the registry keeps
 * no list of sessions: tokens are revoked on the tokens page, other sessions end on logout or
 * after their idle time.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/account/password")
class PasswordPage {

	private final OwnPassword password;

	private final Feedback feedback;

	private final FormStep step;

	PasswordPage(OwnPassword password, Feedback feedback, FormStep step) {
		this.password = password;
		this.feedback = feedback;
		this.step = step;
	}

	/** The current password, proved, and the new one typed twice; the rules are {@link OwnPassword}'s. */
	record PasswordForm(String currentPassword, String newPassword, String repeatedPassword) {
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("self", "/account/password");
		model.mergeAttributes(Map.of("password", new PasswordForm(null, null, null)));
		return "password";
	}

	/** Passwords are never written back into the form: refused, it is shown empty, with what was wrong. */
	@PostMapping
	String change(@ModelAttribute("password") PasswordForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return step.submit(model, "password", result, () -> {
			password.change(form.currentPassword(), form.newPassword(), form.repeatedPassword());
			request.changeSessionId();
			feedback.done(redirect, "password.changed");
			return "redirect:/account/password";
		}, () -> form(model));
	}
}
