package org.credence.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.Feedback;
import org.credence.pages.FormStep;

/**
 * A user changes their own password. The session goes on under a new id, as after a login; other
 * sessions and the user's access tokens stay valid (the page says so), since the registry keeps
 * no list of sessions: tokens are revoked on the tokens page, other sessions end on logout or
 * after their idle time.
 */
@Controller
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

	@GetMapping
	String form(Model model) {
		model.addAttribute("self", "/account/password");
		return "password";
	}

	@PostMapping
	String change(@RequestParam Map<String, String> form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		// Passwords are never sent back into the form: refused, it is shown empty, with what was wrong.
		return step.submit(model, "password", Map.of(), () -> {
			password.change(form.get("currentPassword"), form.get("newPassword"), form.get("repeatedPassword"));
			request.changeSessionId();
			feedback.done(redirect, "password.changed");
			return "redirect:/account/password";
		}, () -> form(model));
	}
}
