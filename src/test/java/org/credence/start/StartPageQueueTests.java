package org.credence.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.decisions.Proceedings;
import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The start pages of those who act on the registry's records, over HTTP: the executive's signatures,
 * the mission's overdue departures and its own pending requests, the security officer's open hits,
 * each count falling when the work is done.
 */
@CredenceTest
class StartPageQueueTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	Proceedings proceedings;

	@BeforeEach
	void january2040() {
		clock.set(Instant.parse("2040-01-10T09:00:00Z"));
	}

	@Test
	void anExecutiveSignsAWithdrawalAndTheMissionSeesTheDepartureOverdueUntilItIsConfirmed() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2039-06-01");
		fixtures.request(mission, "2039-12-01");
		fixtures.request(other, "2039-12-01");
		Pages executive = StartPages.as(Role.EXECUTIVE, accounts, api);
		int before = StartPages.count(executive.get("/?lang=en"), "work-to-sign");

		String withdrawal = api.post("/api/decisions", json("grounds", "Conduct", "classification", "NATO UNCLASSIFIED",
				"acts", List.of(Map.of("kind", "WITHDRAW", "accreditationId", member, "departureDeadline", "2040-01-12"))))
			.id();
		Pages.Page waiting = executive.get("/?lang=en");
		assertThat(StartPages.count(waiting, "work-to-sign")).isEqualTo(before + 1);
		assertThat(StartPages.of(waiting, "nav-signing")).isEqualTo("To sign (" + (before + 1) + ")");
		assertThat(waiting.html()).contains("href=\"/decisions/signing\"");
		TestAccounts.User signer = accounts.user(Role.EXECUTIVE);
		assertThat(api.as(signer.token()).post("/api/decisions/" + withdrawal + "/signature", "").status()).isEqualTo(200);
		assertThat(StartPages.count(executive.get("/?lang=en"), "work-to-sign")).isEqualTo(before);
		proceedings.applyDue();

		clock.set(Instant.parse("2040-01-15T09:00:00Z"));
		TestAccounts.User attache = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null);
		Pages own = Pages.as(api.baseUrl(), attache.name(), attache.password());
		Pages.Page late = own.get("/?lang=en");
		assertThat(StartPages.of(late, "work-overdue")).isEqualTo("1 departure is overdue");
		assertThat(StartPages.of(late, "work-mission-" + mission)).endsWith(": 1 pending request");
		assertThat(late.html()).doesNotContain("work-mission-" + other);
		assertThat(api.as(attache.token()).post("/api/accreditations/" + member + "/departure-confirmation",
				json("departedOn", "2040-01-13")).status()).isEqualTo(200);
		assertThat(StartPages.of(own.get("/?lang=fr"), "work-overdue")).isEqualTo("Aucun départ n’est en retard");
	}

	@Test
	void aSecurityOfficerSeesTheOpenHitsAndTheCountFallsWhenOneIsCleared() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String refused = person("Аристарх Ромуальдович Лютиков", "Aristarkh Romualdovich Lyutikov");
		String request = fixtures.arrival(mission, refused, "DIPLOMATIC_AGENT", "2039-12-01").id();
		api.post("/api/accreditations/" + request + "/refusal", json("reason", "Known intelligence officer"));
		TestAccounts.User officer = accounts.user(Role.SECURITY_OFFICER);
		Pages pages = Pages.as(api.baseUrl(), officer.name(), officer.password());
		int before = StartPages.count(pages.get("/?lang=en"), "work-open-hits");

		String again = person("Aristarkh Lioutikov", "Aristarkh Lioutikov");
		fixtures.arrival(mission, again, "DIPLOMATIC_AGENT", "2039-12-02");
		List<String> hits = StreamSupport.stream(api.as(officer.token()).get("/api/screening/hits?limit=1000").json()
			.spliterator(), false)
			.filter(hit -> again.equals(hit.path("personId").asString()))
			.map(hit -> hit.path("id").asString())
			.toList();
		assertThat(hits).isNotEmpty();
		Pages.Page open = pages.get("/?lang=en");
		assertThat(StartPages.count(open, "work-open-hits")).isEqualTo(before + hits.size());
		assertThat(StartPages.of(open, "nav-screening")).isEqualTo("Screening (" + (before + hits.size()) + ")");

		hits.forEach(hit -> api.as(officer.token()).post("/api/screening/hits/" + hit + "/clearance",
				json("reason", "Passport seen: another man.")));
		assertThat(StartPages.count(pages.get("/?lang=en"), "work-open-hits")).isEqualTo(before);
	}

	private String person(String nameNative, String nameLatin) {
		Api.Response registered = api.post("/api/persons", json("nameNative", nameNative, "nameLatin", nameLatin,
				"birthDate", "1931-05-17", "nationality", "RUS", "sex", "MALE"));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		return registered.id();
	}
}
