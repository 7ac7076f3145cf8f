package org.credence.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.credence.host.States;

/**
 * What the users page and a user's page show around their forms: every user, the choices of role
 * and scope, and a service account's tokens with the form that issues one.
 */
@Component
class UsersModel {

	private final Accounts accounts;

	private final MissionDirectory missions;

	private final States states;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final ServiceTokens tokens;

	UsersModel(Accounts accounts, MissionDirectory missions, States states, Clock clock, LoginThrottle throttle,
			ServiceTokens tokens) {
		this.accounts = accounts;
		this.missions = missions;
		this.states = states;
		this.clock = clock;
		this.throttle = throttle;
		this.tokens = tokens;
	}

	/** The view, with the account it shows if any (null on the list). */
	String page(Model model, Locale locale, String view, String self, Account account) {
		model.addAttribute("self", self);
		model.addAttribute("users", accounts.all());
		model.addAttribute("account", account);
		model.addAttribute("now", clock.instant());
		model.addAttribute("maxFailures", throttle.maxFailures());
		model.addAttribute("roles", Role.values());
		model.addAttribute("kinds", AccountKind.values());
		model.addAttribute("missions", missions.missionNames());
		model.addAttribute("states", states.all().stream()
			.sorted(Comparator.comparing(state -> state.name(locale)))
			.map(state -> Map.entry(state.code(), state.name(locale)))
			.toList());
		if (account != null && account.service()) {
			model.addAttribute("tokens", tokens.of(account.id()));
			model.mergeAttributes(Map.of("token", new TokenRequest(null, TokenRequest.DEFAULT_DAYS)));
		}
		return view;
	}
}
