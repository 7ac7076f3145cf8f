package org.credence.security;

import java.time.Clock;
import java.util.Comparator;
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

import org.credence.host.States;
import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.problem.ProblemException;

/** Administrators manage users: create them, change role, scope and password, disable and unlock them. */
@Controller
@BlankIsAbsent
@RequestMapping("/admin/users")
class UsersPage {

	private final Accounts accounts;

	private final AccountManagement management;

	private final MissionDirectory missions;

	private final States states;

	private final Feedback feedback;

	private final FormStep step;

	private final Clock clock;

	private final LoginThrottle throttle;

	UsersPage(Accounts accounts, AccountManagement management, MissionDirectory missions, States states,
			Feedback feedback, FormStep step, Clock clock, LoginThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.management = management;
		this.missions = missions;
		this.states = states;
		this.feedback = feedback;
		this.step = step;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.mergeAttributes(Map.of("user", UserForm.BLANK));
		return page(model, locale, "users", "/admin/users", null);
	}

	@PostMapping
	String create(@ModelAttribute("user") UserForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step.submit(model, "user", result, () -> {
			Account account = management.create(form.name(), form.password(), form.role(), form.mission(),
					form.memberState());
			feedback.done(redirect, "users.created", account.name());
			return "redirect:/admin/users";
		}, () -> list(model, locale));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Account account = account(id);
		model.mergeAttributes(Map.of("user", UserForm.of(account)));
		return page(model, locale, "user", "/admin/users/" + id, account);
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

	private String page(Model model, Locale locale, String view, String self, Account account) {
		model.addAttribute("self", self);
		model.addAttribute("users", accounts.all());
		model.addAttribute("account", account);
		model.addAttribute("now", clock.instant());
		model.addAttribute("maxFailures", throttle.maxFailures());
		model.addAttribute("roles", Role.values());
		model.addAttribute("missions", missions.missionNames());
		model.addAttribute("states", states.all().stream()
			.sorted(Comparator.comparing(state -> state.name(locale)))
			.map(state -> Map.entry(state.code(), state.name(locale)))
			.toList());
		return view;
	}

	private Account account(UUID id) {
		return accounts.find(id).orElseThrow(() -> ProblemException.notFound("user", id));
	}
}
