package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.credence.host.Host;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;

/**
 * One delegate per member state, made once per run (passwords are hashed slowly), and the calls of
 * the silence procedure as a delegate makes them. Not a bean: a test component more would start a
 * second application context.
 */
class Council {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final TestAccounts accounts;

	private final Host host;

	private final Api api;

	Council(TestAccounts accounts, Host host, Api api) {
		this.accounts = accounts;
		this.host = host;
		this.api = api;
	}

	List<String> membersOn(String day) {
		return host.membersOn(LocalDate.parse(day)).stream().map(Host.Member::state).toList();
	}

	/** The delegate of the state, who may also speak for a state that is not (or not yet) a member. */
	Api delegate(String state) {
		return api.as(TOKENS.computeIfAbsent(state,
				s -> accounts.user(Role.MEMBER_STATE_DELEGATE, null, s).token()));
	}

	Api.Response concur(String state, String decision) {
		return delegate(state).post("/api/decisions/" + decision + "/answers", "{\"answer\": \"CONCUR\"}");
	}

	Api.Response breakSilence(String state, String decision, String statement) {
		return delegate(state).post("/api/decisions/" + decision + "/answers",
				"{\"answer\": \"BREAK_SILENCE\", \"statement\": \"" + statement + "\"}");
	}

	void allConcur(String decision, List<String> states) {
		for (String state : states) {
			Api.Response response = concur(state, decision);
			assertThat(response.status()).as(response.text()).isEqualTo(200);
		}
	}
}
