package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Administrators manage users through the API by the users page's rules, and every change is journaled. */
@CredenceTest
class UserApiTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachRoleIsCreatedWithItsScopeAndOnlyThat() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Api.Response attache = create(Fixtures.json("name", unique("attache"), "password", PASSWORD, "role",
				"MISSION_ADMINISTRATOR", "mission", mission));
		Api.Response delegate = create(Fixtures.json("name", unique("delegate"), "password", PASSWORD, "role",
				"MEMBER_STATE_DELEGATE", "memberState", "FRA"));
		Api.Response auditor = create(Fixtures.json("name", unique("auditor"), "password", PASSWORD, "role", "AUDITOR",
				"mission", mission, "memberState", "FRA"));

		assertThat(attache.status()).as(attache.text()).isEqualTo(201);
		assertThat(attache.location()).endsWith("/api/admin/users/" + attache.id());
		assertThat(attache.json().path("mission").asString()).isEqualTo(mission);
		assertThat(attache.json().path("kind").asString()).isEqualTo("PERSON");
		assertThat(delegate.json().path("memberState").asString()).isEqualTo("FRA");
		assertThat(auditor.json().path("mission").isNull()).as("a scope counts only for its role").isTrue();
		assertThat(auditor.json().path("memberState").isNull()).isTrue();
		assertThat(api.get("/api/admin/users/" + attache.id()).json().path("name").asString())
			.isEqualTo(attache.json().path("name").asString());
		assertThat(api.get("/api/admin/users?limit=1000").json().valueStream().map(user -> user.path("id").asString()))
			.contains(attache.id(), delegate.id(), auditor.id());
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
		String name = unique("refused");
		assertThat(assertInvalid(create(Fixtures.json("name", name, "password", "short", "role", "MISSION_ADMINISTRATOR"))))
			.containsOnlyKeys("password", "mission");
		assertThat(assertInvalid(create(Fixtures.json("name", name, "password", PASSWORD, "role", "MEMBER_STATE_DELEGATE",
				"memberState", "XXX")))).containsOnlyKeys("memberState");
		assertThat(assertInvalid(create(Fixtures.json("name", "a b", "password", PASSWORD, "role", "AUDITOR"))))
			.containsOnlyKeys("name");
		assertThat(assertInvalid(create(Fixtures.json("name", name, "password", PASSWORD, "role", "KING"))))
			.containsKey("role");
		assertThat(assertInvalid(create(Fixtures.json("name", name, "password", PASSWORD, "role", "AUDITOR", "admin", true))))
			.containsKey("admin");
		assertThat(api.get("/api/admin/users").text()).doesNotContain(name);
	}

	@Test
	void aNameIsTakenWhateverItsCaseAsOnThePage() {
		String name = unique("taken");
		assertThat(create(Fixtures.json("name", name, "password", PASSWORD, "role", "AUDITOR")).status()).isEqualTo(201);

		assertThat(assertInvalid(create(Fixtures.json("name", name.toUpperCase(), "password", PASSWORD, "role", "AUDITOR"))))
			.containsEntry("name", "is taken");
	}

	@Test
	void aPatchChangesOnlyWhatItNamesAndIsJournaled() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		String id = create(Fixtures.json("name", unique("patched"), "password", PASSWORD, "role", "MISSION_ADMINISTRATOR",
				"mission", mission)).id();

		JsonNode moved = patch(id, Fixtures.json("mission", other)).json();
		assertThat(moved.path("mission").asString()).isEqualTo(other);
		assertThat(moved.path("role").asString()).isEqualTo("MISSION_ADMINISTRATOR");
		assertThat(moved.path("enabled").asBoolean()).isTrue();

		assertThat(assertInvalid(patch(id, Fixtures.json("role", "MEMBER_STATE_DELEGATE")))).containsOnlyKeys("memberState");
		JsonNode delegate = patch(id, Fixtures.json("role", "MEMBER_STATE_DELEGATE", "memberState", "DEU")).json();
		assertThat(delegate.path("memberState").asString()).isEqualTo("DEU");
		assertThat(delegate.path("mission").isNull()).isTrue();

		assertThat(patch(id, Fixtures.json("enabled", false)).json().path("enabled").asBoolean()).isFalse();
		assertThat(patch(id, Fixtures.json("role", "AUDITOR")).json().path("enabled").asBoolean())
			.as("left out, it stays disabled").isFalse();

		assertThat(jdbc.sql("select action from journal_entry where subject_id = ? order by id").param(id)
			.query(String.class).list())
			.containsExactly("account.created", "account.changed", "account.changed", "account.changed", "account.changed");
		assertProblem(patch(UUID.randomUUID().toString(), Fixtures.json("enabled", true)), 404, "/problems/not-found");
	}

	@Test
	void aPasswordResetLetsTheUserInWithTheNewPasswordOnly() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		String id = idOf(officer.name());

		assertThat(assertInvalid(patch(id, Fixtures.json("password", "password1234")))).containsOnlyKeys("password");
		assertThat(patch(id, Fixtures.json("password", "a brand new passphrase")).status()).isEqualTo(200);

		assertThat(Pages.anonymous(api.baseUrl()).logIn(officer.name(), officer.password()).location()).endsWith("/login?error");
		assertThat(Pages.anonymous(api.baseUrl()).logIn(officer.name(), "a brand new passphrase").location())
			.doesNotContain("error");
		assertThat(jdbc.sql("select change->>'passwordReset' from journal_entry where subject_id = ? and action = 'account.changed'")
			.param(id).query(String.class).list()).as("the refused one is not journaled").containsExactly("true");
	}

	@Test
	void anUnlockLiftsTheLockOfFailedLogins() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		String id = idOf(officer.name());
		Pages stranger = Pages.anonymous(api.baseUrl());
		for (int attempt = 0; attempt < 8; attempt++) {
			clock.advance(Duration.ofMinutes(1));
			stranger.logIn(officer.name(), "wrong");
		}
		JsonNode locked = api.get("/api/admin/users/" + id).json();
		assertThat(locked.path("failedLogins").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(locked.path("lockedUntil").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*([+-]\\d\\d:\\d\\d|Z)");
		assertThat(stranger.logIn(officer.name(), officer.password()).location()).endsWith("/login?error");

		JsonNode unlocked = patch(id, Fixtures.json("unlock", true)).json();

		assertThat(unlocked.path("failedLogins").asInt()).isZero();
		assertThat(unlocked.path("lockedUntil").isNull()).isTrue();
		assertThat(stranger.logIn(officer.name(), officer.password()).location()).doesNotContain("error");
	}

	@Test
	void nobodyTakesAwayTheirOwnAdministrationButAnotherAdministratorMay() {
		TestAccounts.User administrator = accounts.user(Role.ADMINISTRATOR);
		Api self = api.as(administrator.token());
		String id = idOf(administrator.name());

		assertThat(assertInvalid(self.request("PATCH", "/api/admin/users/" + id, "application/json",
				Fixtures.json("role", "AUDITOR", "enabled", false)))).containsOnlyKeys("role", "enabled");
		assertThat(self.get("/api/admin/users/" + id).json().path("role").asString()).isEqualTo("ADMINISTRATOR");

		assertThat(patch(id, Fixtures.json("role", "AUDITOR")).json().path("role").asString()).isEqualTo("AUDITOR");
		assertProblem(self.get("/api/admin/users"), 403, "/problems/forbidden");
	}

	@Test
	void nobodyButAnAdministratorCallsAnAdministrationRoute() {
		String someone = idOf(accounts.user(Role.AUDITOR).name());
		for (Role role : List.of(Role.PROTOCOL_OFFICER, Role.EXECUTIVE, Role.SECURITY_OFFICER, Role.MEMBER_STATE_DELEGATE,
				Role.AUDITOR)) {
			Api caller = api.as(accounts.user(role).token());
			String users = "/api/admin/users";
			for (Api.Response response : List.of(caller.get(users), caller.get(users + "/" + someone),
					caller.post(users, Fixtures.json("name", unique("no"), "password", PASSWORD, "role", "ADMINISTRATOR")),
					caller.request("PATCH", users + "/" + someone, "application/json", Fixtures.json("role", "ADMINISTRATOR")),
					caller.get(users + "/" + someone + "/tokens"),
					caller.post(users + "/" + someone + "/tokens", Fixtures.json("name", "no")),
					caller.request("DELETE", users + "/" + someone + "/tokens/" + UUID.randomUUID(), null, null))) {
				assertProblem(response, 403, "/problems/forbidden");
			}
		}
		assertThat(api.get("/api/admin/users/" + someone).json().path("role").asString()).isEqualTo("AUDITOR");
	}

	private Api.Response create(String json) {
		return api.post("/api/admin/users", json);
	}

	private Api.Response patch(String id, String json) {
		return api.request("PATCH", "/api/admin/users/" + id, "application/json", json);
	}

	private String idOf(String name) {
		return api.get("/api/admin/users").json().valueStream()
			.filter(user -> user.path("name").asString().equals(name))
			.map(user -> user.path("id").asString())
			.findFirst()
			.orElseThrow();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
