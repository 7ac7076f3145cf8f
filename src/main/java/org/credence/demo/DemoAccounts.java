package org.credence.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.security.PresetAccounts;
import org.credence.security.Role;

/**
 * The demo users, one per role, made by the administrator with random passwords; and a delegate for
 * every member state, so that each state's answers to the council are given by its own delegate. Only
 * the first delegate's password is shown: the others answer in the loaded history and can be given a
 * password by the administrator.
 */
@Component
class DemoAccounts {

	static final String ADMINISTRATOR = "admin";

	static final String OFFICER = "demo.officer";

	static final String EXECUTIVE = "demo.executive";

	static final String SECURITY = "demo.security";

	static final String AUDITOR = "demo.auditor";

	static final String MISSION_ADMINISTRATOR = "demo.mission.ukr";

	private final PresetAccounts accounts;

	private final Host host;

	DemoAccounts(PresetAccounts accounts, Host host) {
		this.accounts = accounts;
		this.host = host;
	}

	static String delegateOf(String state) {
		return "demo.delegate." + state.toLowerCase();
	}

	/** The accounts of the receiving party's own roles and of every delegate; the passwords to show, by name. */
	Map<String, String> receivingParty(LocalDate today) {
		Map<String, String> shown = new LinkedHashMap<>();
		accounts.actingAs(ADMINISTRATOR, () -> {
			shown.put(OFFICER, accounts.create(OFFICER, Role.PROTOCOL_OFFICER, null, null));
			shown.put(EXECUTIVE, accounts.create(EXECUTIVE, Role.EXECUTIVE, null, null));
			shown.put(SECURITY, accounts.create(SECURITY, Role.SECURITY_OFFICER, null, null));
			shown.put(AUDITOR, accounts.create(AUDITOR, Role.AUDITOR, null, null));
			host.membersOn(today).stream().map(Host.Member::state).forEach(state -> {
				String password = accounts.create(delegateOf(state), Role.MEMBER_STATE_DELEGATE, null, state);
				if (shown.size() == 4) {
					shown.put(delegateOf(state), password);
				}
			});
		});
		return shown;
	}

	/** The administrator of one partner mission, who sees only that mission. */
	String missionAdministrator(UUID mission) {
		return accounts.actingAs(ADMINISTRATOR,
				() -> accounts.create(MISSION_ADMINISTRATOR, Role.MISSION_ADMINISTRATOR, mission, null));
	}
}
