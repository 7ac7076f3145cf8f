package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** Each role's journey in a real browser: log in, do the role's main task, be refused the rest. */
@CredenceTest
class RoleJourneyTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void october2021() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void anAdministratorCreatesAUserWhoCanThenLogIn() {
		browser.logIn(api.baseUrl(), TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD);
		browser.press(By.linkText("Users"));
		String name = "officer-" + UUID.randomUUID().toString().substring(0, 8);
		browser.type("user-name", name);
		browser.type("user-password", "a long enough password");
		browser.choose("user-role", "PROTOCOL_OFFICER");
		browser.submit("user");
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("The user " + name + " is created.");
		assertThat(browser.text(By.id("users-table"))).contains(name, "Protocol officer");

		browser.logIn(api.baseUrl(), name, "a long enough password");
		assertThat(browser.text(By.id("signed-in"))).isEqualTo("Logged in as " + name + " (Protocol officer)");
	}

	@Test
	void aProtocolOfficerEstablishesAMissionButDoesNotManageUsers() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your work");
		assertThat(browser.present(By.id("work-overdue"))).isTrue();
		browser.press(By.linkText("Missions"));
		String mission = "Journey mission " + UUID.randomUUID().toString().substring(0, 8);
		browser.choose("mission-sendingState", "RUS");
		browser.type("mission-name", mission);
		browser.choose("mission-kind", "PERMANENT_MISSION");
		browser.date("mission-establishedOn", "2021-01-01");
		browser.submit("mission");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(mission);

		assertThat(browser.present(By.linkText("Users"))).isFalse();
		browser.open(api.baseUrl() + "/admin/users");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("403 Forbidden");
	}

	@Test
	void aMissionAdministratorNotifiesAnArrivalAtTheirMissionAndSeesNoOther() {
		String own = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		TestAccounts.User attache = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(own), null);
		browser.logIn(api.baseUrl(), attache.name(), attache.password());
		assertThat(browser.text(By.id("work-mission-" + own))).endsWith(": no pending request");
		assertThat(browser.present(By.id("work-mission-" + other))).isFalse();
		browser.press(By.linkText("Missions"));
		assertThat(browser.present(By.cssSelector("a[href='/missions/" + own + "']"))).isTrue();
		assertThat(browser.present(By.cssSelector("a[href='/missions/" + other + "']"))).isFalse();
		assertThat(browser.present(By.id("mission"))).isFalse();

		browser.open(api.baseUrl() + "/persons");
		browser.type("person-nameNative", "Журналов");
		browser.type("person-nameLatin", "Zhurnalov");
		browser.choose("person-nationality", "RUS");
		browser.check("person-sex-MALE");
		browser.submit("person");
		String person = browser.url().substring(browser.url().lastIndexOf('/') + 1);

		browser.open(api.baseUrl() + "/missions/" + own + "/measures");
		assertThat(browser.present(By.id("ceiling"))).isFalse();
		browser.press(By.id("tab-arrivals"));
		browser.choose("arrival-personId", person);
		browser.choose("arrival-category", "DIPLOMATIC_AGENT");
		browser.type("arrival-title", "Attaché");
		browser.type("arrival-function", "Consular affairs");
		browser.date("arrival-arrivalDate", "2021-10-01");
		browser.submit("arrival");
		assertThat(browser.text(By.id("requests-table"))).contains("Zhurnalov", "Attaché");
		assertThat(browser.present(By.cssSelector("#requests-table button.approve"))).isFalse();

		browser.open(api.baseUrl() + "/missions/" + other);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("404 Not found");
	}

	@Test
	void anExecutiveApprovesAPendingRequest() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.request(mission, "2021-10-01");
		TestAccounts.User executive = accounts.user(Role.EXECUTIVE);
		browser.logIn(api.baseUrl(), executive.name(), executive.password());
		browser.open(api.baseUrl() + "/missions/" + mission + "/measures");
		assertThat(browser.present(By.id("ceiling"))).isFalse();
		assertThat(browser.present(By.id("tab-arrivals"))).isFalse();

		browser.press(By.id("tab-requests"));
		browser.press(By.cssSelector("#requests-table button.approve"));
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("is approved");
		browser.press(By.id("tab-summary"));
		assertThat(browser.text(By.id("strength"))).startsWith("Positions held: 1");
	}

	@Test
	void anAuditorReadsEverythingAndChangesNothing() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.request(mission, "2021-10-01");
		TestAccounts.User auditor = accounts.user(Role.AUDITOR);
		browser.logIn(api.baseUrl(), auditor.name(), auditor.password());
		assertThat(browser.text(By.id("work-journal"))).startsWith("The journal verifies");
		browser.open(api.baseUrl() + "/missions");
		assertThat(browser.present(By.id("mission"))).isFalse();

		browser.open(api.baseUrl() + "/missions/" + mission + "/history?lang=fr");
		assertThat(browser.text(By.id("history-heading"))).isEqualTo("Historique");
		assertThat(browser.present(By.cssSelector("form[method=post]:not(#logout)"))).isFalse();
		browser.open(api.baseUrl() + "/persons?lang=en");
		assertThat(browser.present(By.id("person"))).isFalse();
		browser.open(api.baseUrl() + "/journal?subject=" + mission + "&lang=en");
		assertThat(browser.text(By.id("verification-status"))).startsWith("The chain verifies");
		assertThat(browser.text(By.id("journal-table"))).contains("Mission established");

		browser.press(By.cssSelector("#logout button"));
		assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("You are logged out.");
		browser.open(api.baseUrl() + "/missions/" + mission);
		assertThat(browser.url()).endsWith("/login");
	}

	/** On the registry's pages they read and change nothing (a delegate answers council decisions on the decision pages). */
	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "MEMBER_STATE_DELEGATE" })
	void readersSeeTheRegistryButNotTheJournalAndChangeNothing(Role role) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		TestAccounts.User reader = accounts.user(role);
		browser.logIn(api.baseUrl(), reader.name(), reader.password());

		browser.open(api.baseUrl() + "/missions/" + mission + "?lang=en");
		assertThat(browser.text(By.tagName("h1"))).startsWith("Mission");
		assertThat(browser.present(By.cssSelector("form[method=post]:not(#logout)"))).isFalse();
		browser.open(api.baseUrl() + "/journal");
		assertThat(browser.text(By.tagName("h1"))).startsWith("403");
		browser.open(api.baseUrl() + "/admin/users");
		assertThat(browser.text(By.tagName("h1"))).startsWith("403");
	}
}
