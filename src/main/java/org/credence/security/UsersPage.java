package org.credence.security;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

/**
 * Administrators manage users: create people and service accounts, change role, scope and password,
 * disable and unlock them; a service account's tokens are {@link UserTokensPage}'s.
 */
@Controller
@BlankIsAbsent
@RequestMapping("/admin/users")
class UsersPage {

	private final Accounts accounts;

	private final AccountManagement management;

	private final UsersModel users;

	private final Feedback feedback;

	private final FormStep step;

	UsersPage(Accounts accounts, AccountManagement management, UsersModel users, Feedback feedback, FormStep step) {
		this.accounts = accounts;
		this.management = management;
		this.users = users;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.mergeAttributes(Map.of("user", UserForm.BLANK));
		return users.page(model, locale, "users", "/admin/users", null);
	}

	@PostMapping
	String create(@ModelAttribute("user") UserForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step.submit(model, "user", result, () -> {
			Account account = management.create(form.kind(), form.name(), form.password(), form.role(), form.mission(),
					form.memberState());
			feedback.done(redirect, "users.created", account.name());
			return "redirect:/admin/users";
		}, () -> list(model, locale));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Account account = account(id);
		model.mergeAttributes(Map.of("user", UserForm.of(account)));
		return users.page(model, locale, "user", "/admin/users/" + id, account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("user") UserForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Account account = account(id);
		return step.submit(model, "user", result, () -> {
			management.update(id, form.role(), form.mission(), form.memberState(), form.enabled(), form.password());
			feedback.done(redirect, "users.updated", account.name());
			return "redirect:/admin/users/" + id;
		}, () -> show(id, model, locale));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		management.unlock(id);
		feedback.done(redirect, "users.unlocked", account(id).name());
		return "redirect:/admin/users/" + id;
	}

	private Account account(UUID id) {
		return accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
	}
}
