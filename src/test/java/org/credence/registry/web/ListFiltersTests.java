package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The long lists of the pages, filtered by GET forms and cut into pages of 50 with numbered links
 * that keep the filter: a mission's history and members, persons, missions and decisions.
 */
@CredenceTest
class ListFiltersTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	Pages pages;

	String mission;

	@BeforeEach
	void aMission() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		pages = new Pages(api.baseUrl());
		mission = fixtures.mission("RUS", "2017-01-01");
	}

	@Test
	void aLongHistoryIsPagedAndFilteredByKind() {
		for (int i = 0; i < 55; i++) {
			fixtures.ceiling(mission, LocalDate.parse("2017-02-01").plusDays(i).toString(), 30);
		}
		String history = "/missions/" + mission + "/history";

		String first = pages.get(history + "?lang=en").html();
		assertThat(rows(first, "history")).isEqualTo(50);
		assertThat(first).contains("1–50 of 56", "href=\"" + history + "?lang=en&amp;page=2\"", "aria-current=\"page\"");
		String second = pages.get(history + "?lang=en&page=2").html();
		assertThat(rows(second, "history")).isEqualTo(6);
		assertThat(second).contains("51–56 of 56");

		String statuses = pages.get(history + "?kind=STATUS_CHANGED&lang=fr").html();
		assertThat(rows(statuses, "history")).isEqualTo(1);
		assertThat(statuses).doesNotContain("class=\"pager\"").contains("Type d’entrée");
	}

	@Test
	void membersAreFilteredByNameAndCategory() {
		String kept = nameOf(fixtures.member(mission, "2021-01-01"));
		String other = nameOf(fixtures.member(mission, "2021-01-01"));
		String members = "/missions/" + mission + "/members?lang=en";

		assertThat(pages.get(members + "&name=" + kept.replace(' ', '+')).html()).contains(kept).doesNotContain(other + "<");
		assertThat(pages.get(members + "&category=SERVICE_STAFF").html()).contains("Nobody is accredited on that date.");
		assertThat(pages.get(members + "&asOf=2020-12-31").html()).doesNotContain(kept + "<");
	}

	@Test
	void personsAreFilteredByMissionAndMissionsByNameAndStatus() {
		String member = nameOf(fixtures.member(mission, "2021-01-01"));
		String elsewhere = nameOf(fixtures.member(fixtures.mission("BLR", "2017-01-01"), "2021-01-01"));
		String persons = pages.get("/persons?mission=" + mission + "&lang=en").html();
		assertThat(persons).contains(member).doesNotContain(elsewhere);

		String suspended = fixtures.mission("UKR", "2017-01-01");
		api.post("/api/missions/" + suspended + "/status", json("status", "SUSPENDED", "effectiveOn", "2021-01-01"));
		// The registry the tests share holds many Russian missions: the name is searched in part and in
		// another case, narrowly enough that the mission is on the first page.
		String name = api.get("/api/missions/" + mission).json().get("name").asString();
		String part = URLEncoder.encode(name.substring(name.length() / 2).toUpperCase(Locale.ROOT), StandardCharsets.UTF_8);
		assertThat(pages.get("/missions?name=" + part + "&lang=en").html())
			.contains("href=\"/missions/" + mission + "\"").doesNotContain("href=\"/missions/" + suspended + "\"");
		assertThat(pages.get("/missions?status=SUSPENDED&lang=en").html())
			.contains("href=\"/missions/" + suspended + "\"").doesNotContain("href=\"/missions/" + mission + "\"");
		assertThat(pages.get("/missions?name=ukraine&lang=en").html()).contains("href=\"/missions/" + suspended + "\"");
	}

	@Test
	void decisionsAreFilteredByMissionAndStep() {
		String own = drafted(fixtures.member(mission, "2021-01-01"));
		String other = drafted(fixtures.member(fixtures.mission("BLR", "2017-01-01"), "2021-01-01"));

		String list = pages.get("/decisions?mission=" + mission + "&status=DRAFT&lang=en").html();
		assertThat(list).contains("href=\"/decisions/" + own + "\"").doesNotContain("href=\"/decisions/" + other + "\"");
		assertThat(pages.get("/decisions?mission=" + mission + "&status=ADOPTED&lang=en").html())
			.doesNotContain("href=\"/decisions/" + own + "\"");
		assertThat(pages.get("/decisions?status=NOT-A-STEP&lang=en").html()).contains("id=\"filter-status-error\"");
	}

	private String drafted(String member) {
		return api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO UNCLASSIFIED", "acts",
				List.of(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2021-10-31")))).id();
	}

	private String nameOf(String accreditation) {
		String person = api.get("/api/accreditations/" + accreditation).json().get("personId").asString();
		return api.get("/api/persons/" + person).json().get("nameLatin").asString();
	}

	/** The rows of the table whose caption follows the form of that id. */
	private static int rows(String html, String form) {
		String table = html.substring(html.indexOf("id=\"" + form + "\""));
		table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		return table.split("<th scope=\"row\"").length - 1;
	}
}
