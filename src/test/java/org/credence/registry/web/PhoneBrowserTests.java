package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Every role's pages on a phone 390 CSS pixels wide, in English and in French: what its navigation
 * leads to, a mission, a person and the decisions it may read. No page is wider than the window,
 * the navigation's links can all be seen (once its menu is opened) and axe-core finds nothing.
 */
@CredenceTest
class PhoneBrowserTests {

	private static final int WIDTH = 390;

	@RegisterExtension
	static final Browser browser = Browser.phone(WIDTH);

	/** Made once for all roles: a mission with a member and a request, a council decision circulated, an act to sign. */
	private static Records records;

	private record Records(String mission, String person, String council, String act) {
	}

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void records() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		if (records == null) {
			String mission = fixtures.mission("RUS", "2017-01-01");
			fixtures.ceiling(mission, "2017-01-01", 20);
			String member = fixtures.member(mission, "2021-01-01");
			String request = fixtures.request(mission, "2021-10-01");
			String person = api.get("/api/accreditations/" + member).json().get("personId").asString();
			String council = decision(List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 10)));
			assertThat(api.post("/api/decisions/" + council + "/circulation", json("deadline", "2021-10-20T12:00")).status())
				.isEqualTo(200);
			String act = decision(List.of(Map.of("kind", "APPROVE", "accreditationId", request)));
			records = new Records(mission, person, council, act);
		}
	}

	@Test
	void theLoginPageFits() {
		for (String language : List.of("en", "fr")) {
			browser.open(api.baseUrl() + "/login?lang=" + language);
			assertThat(browser.language()).isEqualTo(language);
			assertThat(browser.fitsWidth(WIDTH)).as("the login page in " + language).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyPageOfTheRoleFitsAPhoneWithItsNavigationInReach(Role role) {
		TestAccounts.User user = switch (role) {
			case MISSION_ADMINISTRATOR -> accounts.user(role, UUID.fromString(records.mission()), null);
			case MEMBER_STATE_DELEGATE -> accounts.user(role, null, "FRA");
			case ADMINISTRATOR -> new TestAccounts.User(TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_PASSWORD, null);
			default -> accounts.user(role);
		};
		browser.logIn(api.baseUrl(), user.name(), user.password());
		for (String language : List.of("en", "fr")) {
			browser.open(api.baseUrl() + "/missions?lang=" + language);
			assertThat(browser.hiddenMenuLinks()).as("links of the navigation out of sight for " + role).isEmpty();
			assertThat(browser.fitsWidth(WIDTH)).as("the page with its menu open").isTrue();
			for (String page : pages(browser.menuLinks())) {
				browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(browser.language()).isEqualTo(language);
				assertThat(browser.fitsWidth(WIDTH)).as(page + " in " + language + " for " + role).isTrue();
			}
		}
	}

	/** Where the navigation leads, and the records behind it that the role may read. */
	private List<String> pages(List<String> navigation) {
		List<String> pages = new ArrayList<>(navigation);
		pages.add(api.baseUrl() + "/missions/" + records.mission());
		pages.add(api.baseUrl() + "/persons/" + records.person());
		if (navigation.stream().anyMatch(link -> link.contains("/decisions"))) {
			pages.add(api.baseUrl() + "/decisions/" + records.council());
			pages.add(api.baseUrl() + "/decisions/" + records.act());
		}
		return pages;
	}

	private String decision(List<Object> acts) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO RESTRICTED",
				"acts", acts));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		return drafted.id();
	}
}
