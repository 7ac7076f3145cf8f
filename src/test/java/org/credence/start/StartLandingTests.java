package org.credence.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * Where a login lands, and the start page of every role in both languages: the auditor's journal
 * state as the API reports it, the administrator's users.
 */
@CredenceTest
class StartLandingTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Test
	void anAuditorSeesWhetherTheJournalVerifiesAndAnAdministratorTheUsers() {
		Pages.Page auditor = StartPages.as(Role.AUDITOR, accounts, api).get("/?lang=en");
		JsonNode state = api.get("/api/journal/verification").json();
		long verified = state.path("verified").asLong();
		long pending = state.path("pending").asLong();
		assertThat(StartPages.of(auditor, "work-journal")).startsWith("The journal verifies: ")
			.contains(verified == 0 ? "no entry sealed yet" : String.format(Locale.ENGLISH, "%,d sealed entr", verified))
			.contains(pending == 0 ? "none waiting" : String.format(Locale.ENGLISH, "%,d waiting to be sealed", pending))
			.containsPattern("Last checkpoint published .+\\.|No checkpoint published yet\\.");

		Pages admin = new Pages(api.baseUrl());
		int users = StartPages.count(admin.get("/?lang=en"), "work-users");
		accounts.user(Role.AUDITOR);
		assertThat(StartPages.of(admin.get("/?lang=en"), "work-users")).isEqualTo((users + 1) + " users");
		assertThat(admin.get("/?lang=en").html()).contains("href=\"/admin/users\"");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRolesStartPageHasEveryMessageInBothLanguages(Role role) {
		UUID mission = role == Role.MISSION_ADMINISTRATOR ? UUID.fromString(fixtures.mission("RUS", "2017-01-01")) : null;
		TestAccounts.User user = accounts.user(role, mission, role == Role.MEMBER_STATE_DELEGATE ? "FRA" : null);
		Pages pages = Pages.as(api.baseUrl(), user.name(), user.password());
		for (String lang : List.of("en", "fr")) {
			Pages.Page start = pages.get("/?lang=" + lang);
			assertThat(start.status()).isEqualTo(200);
			assertThat(start.html()).contains("<html lang=\"" + lang + "\">", "id=\"work-notices\"").doesNotContain("??");
			assertThat(StartPages.of(start, "main")).startsWith(lang.equals("fr") ? "Votre travail" : "Your work");
		}
	}

	@Test
	void loginLandsOnTheStartPageUnlessAnotherPageWasAskedFor() {
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Pages direct = Pages.anonymous(api.baseUrl());
		assertThat(direct.logIn(officer.name(), officer.password()).location()).isIn(api.baseUrl() + "/", "/");
		assertThat(StartPages.of(direct.get("/?lang=en"), "main")).contains("Your work");

		Pages deep = Pages.anonymous(api.baseUrl());
		assertThat(deep.get("/departures/overdue").location()).endsWith("/login");
		assertThat(deep.logIn(officer.name(), officer.password()).location()).contains("/departures/overdue");
	}
}
