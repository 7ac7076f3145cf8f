package org.credence.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import org.credence.host.Host;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.Fixtures;

/**
 * A council decision taken through the API by a protocol officer of its own, one delegate per member
 * state (made once per run), and what lands in each user's inbox about one decision. Not a bean:
 * a test component more would start a second application context.
 */
class Inboxes {

	private static final Map<String, TestAccounts.User> DELEGATES = new ConcurrentHashMap<>();

	private final TestAccounts accounts;

	private final Host host;

	private final Api api;

	/** With a delegate of every state that is a member in 2021, made before anything is circulated to them. */
	Inboxes(TestAccounts accounts, Host host, Api api) {
		this.accounts = accounts;
		this.host = host;
		this.api = api;
		membersOn("2021-10-06").forEach(this::delegate);
	}

	List<String> membersOn(String day) {
		return host.membersOn(LocalDate.parse(day)).stream().map(Host.Member::state).toList();
	}

	TestAccounts.User delegate(String state) {
		return DELEGATES.computeIfAbsent(state, s -> accounts.user(Role.MEMBER_STATE_DELEGATE, null, s));
	}

	Api as(TestAccounts.User user) {
		return api.as(user.token());
	}

	/** A ceiling of 10 on the mission, drafted and circulated by the proposer until that local deadline. */
	String circulated(TestAccounts.User proposer, String mission, String deadline) {
		Api.Response drafted = as(proposer).post("/api/decisions", Fixtures.json("grounds", "Reciprocity",
				"classification", "NATO UNCLASSIFIED", "acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission,
						"total", 10))));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		Api.Response circulated = as(proposer).post("/api/decisions/" + drafted.id() + "/circulation",
				Fixtures.json("deadline", deadline));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return drafted.id();
	}

	Api.Response answer(String state, String decision, String answer) {
		return as(delegate(state)).post("/api/decisions/" + decision + "/answers", answer.equals("CONCUR")
				? "{\"answer\": \"CONCUR\"}" : "{\"answer\": \"BREAK_SILENCE\", \"statement\": \"Not now\"}");
	}

	/** The user's notices about that decision, newest first. */
	List<JsonNode> about(TestAccounts.User user, String decision) {
		JsonNode inbox = as(user).get("/api/notices").json();
		return StreamSupport.stream(inbox.path("notices").spliterator(), false)
			.filter(notice -> notice.path("decisionId").asString().equals(decision))
			.toList();
	}

	List<String> kinds(TestAccounts.User user, String decision) {
		return about(user, decision).stream().map(notice -> notice.path("kind").asString()).toList();
	}
}
