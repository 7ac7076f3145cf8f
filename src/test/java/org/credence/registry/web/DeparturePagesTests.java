package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.accreditation.Departures;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Departures on the pages: a member's final departure notified, a withdrawn person's departure
 * confirmed or shown overdue, the overdue departures across missions, each as the roles see them;
 * a mission administrator sees and acts on their own mission only. The clock stands at 2021-11-05.
 */
@CredenceTest
class DeparturePagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Departures departures;

	@Autowired
	MutableClock clock;

	String mission;

	String withdrawn;

	String withdrawnName;

	Pages officer;

	@BeforeEach
	void aMissionWithAWithdrawnMember() {
		clock.set(Instant.parse("2021-11-05T10:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		withdrawn = fixtures.member(mission, "2021-01-01");
		withdrawnName = nameOf(withdrawn);
		departures.withdraw(UUID.fromString(withdrawn), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
				LocalDate.parse("2021-10-31"), "decision of the council");
		officer = pages(accounts.user(Role.PROTOCOL_OFFICER));
	}

	@Test
	void theMissionPageShowsAWithdrawnPersonOverdueUntilTheDepartureIsConfirmed() {
		String page = officer.get("/missions/" + mission + "/departures?lang=en").html();
		assertThat(page).contains("id=\"withdrawn-table\"", withdrawnName, "31 October 2021", "Overdue: not confirmed gone",
				"id=\"confirmation-" + withdrawn + "\"", "Withdrawal takes effect", "Must have left by the end of",
				"The same instant: the end of 31 October 2021 is 00:00 on 1 November 2021, when the withdrawal takes effect.");

		Pages.Page confirmed = officer.post("/accreditations/" + withdrawn + "/departure-confirmation",
				Map.of("departedOn", "2021-11-03"));
		assertThat(confirmed.status()).as(confirmed.html()).isEqualTo(302);
		assertThat(confirmed.location()).endsWith("/missions/" + mission + "/departures");

		page = officer.get("/missions/" + mission + "/departures?lang=en").html();
		assertThat(page).contains("Left on 3 November 2021 (confirmed)", "The departure (Counsellor) on 3 November 2021 is confirmed.")
			.doesNotContain("Overdue: not confirmed gone", "id=\"confirmation-" + withdrawn + "\"");
		assertThat(officer.get("/departures/overdue?lang=en").html()).doesNotContain(withdrawnName);
		assertThat(api.get("/api/accreditations/" + withdrawn).json().path("departedOn").asString()).isEqualTo("2021-11-03");
	}

	@Test
	void theTimeToLeaveIsCountedFromTheWithdrawalInBothLanguages() {
		String later = fixtures.member(mission, "2021-02-01");
		departures.withdraw(UUID.fromString(later), OffsetDateTime.parse("2021-11-03T15:00:00+01:00"),
				LocalDate.parse("2021-11-04"), "decision of the executive");

		assertThat(officer.get("/missions/" + mission + "/departures?lang=en").html()).contains("2 days after the withdrawal takes effect.");
		assertThat(officer.get("/missions/" + mission + "/departures?lang=fr").html()).contains("2 jours après la prise d’effet du retrait.",
				"Le même instant\u00a0: la fin du 31 octobre 2021 est le 1er novembre 2021 à 00\u00a0h\u00a000");
	}

	@Test
	void theHistoryTellsAWithdrawalBeforeTheDepartureItCaused() {
		api.post("/api/accreditations/" + withdrawn + "/departure-confirmation", Fixtures.json("departedOn", "2021-10-30"));

		String page = officer.get("/missions/" + mission + "?lang=en").html();

		assertThat(page.indexOf("Departure confirmed")).isGreaterThan(page.indexOf("Accreditation withdrawn"));
		assertThat(page.indexOf("Accreditation withdrawn")).isPositive();
	}

	@Test
	void aConfirmationRefusedIsSaidNextToItsFieldAndChangesNothing() {
		Pages.Page future = officer.post("/accreditations/" + withdrawn + "/departure-confirmation",
				Map.of("departedOn", "2021-11-09"));
		assertThat(future.status()).isEqualTo(200);
		assertThat(future.html()).contains("class=\"error-summary\"", "id=\"confirmation-" + withdrawn + "-departedOn-error\"",
				"must not be after 5 November 2021", "aria-invalid=\"true\"", "value=\"2021-11-09\"");

		Pages.Page empty = officer.post("/accreditations/" + withdrawn + "/departure-confirmation", Map.of());
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html()).contains("id=\"confirmation-" + withdrawn + "-departedOn-error\"");
		assertThat(api.get("/api/accreditations/" + withdrawn).json().path("departedOn").isNull()).isTrue();
	}

	@Test
	void aFinalDepartureIsNotifiedFromTheMissionPage() {
		String member = fixtures.member(mission, "2021-02-01");
		String page = officer.get("/missions/" + mission + "/departures?lang=en").html();
		assertThat(page).contains("id=\"departure\"", "value=\"" + member + "\"");

		Pages.Page early = officer.post("/missions/" + mission + "/departures",
				Map.of("accreditationId", member, "departureDate", "2021-01-15"));
		assertThat(early.status()).isEqualTo(200);
		assertThat(early.html()).contains("id=\"departure-departureDate-error\"", "must be after");
		Pages.Page missing = officer.post("/missions/" + mission + "/departures", Map.of("departureDate", "2021-11-04"));
		assertThat(missing.html()).contains("id=\"departure-accreditationId-error\"");
		String elsewhere = fixtures.member(fixtures.mission("BLR", "2017-01-01"), "2021-01-01");
		Pages.Page other = officer.post("/missions/" + mission + "/departures",
				Map.of("accreditationId", elsewhere, "departureDate", "2021-11-04"));
		assertThat(other.html()).contains("id=\"departure-accreditationId-error\"", "is not a member of this mission");
		assertThat(api.get("/api/accreditations/" + member).json().path("status").asString()).isEqualTo("ACTIVE");

		Pages.Page notified = officer.post("/missions/" + mission + "/departures",
				Map.of("accreditationId", member, "departureDate", "2021-11-04", "reason", "end of posting"));
		assertThat(notified.status()).as(notified.html()).isEqualTo(302);
		assertThat(officer.get("/missions/" + mission + "/departures?lang=en").html())
			.contains("The final departure (Counsellor) on 4 November 2021 is notified.");
		assertThat(api.get("/api/accreditations/" + member).json().path("status").asString()).isEqualTo("ENDED");
	}

	@Test
	void theOverdueDeparturesAreListedForThoseWhoConfirmThemAndAMissionAdministratorSeesOnlyTheirOwn() {
		String otherMission = fixtures.mission("BLR", "2017-01-01");
		String otherWithdrawn = fixtures.member(otherMission, "2021-01-01");
		departures.withdraw(UUID.fromString(otherWithdrawn), OffsetDateTime.parse("2021-11-01T00:00:00+01:00"),
				LocalDate.parse("2021-10-30"), "decision of the council");
		String otherName = nameOf(otherWithdrawn);

		String overdue = officer.get("/departures/overdue?lang=en").html();
		assertThat(overdue).contains("Overdue departures", withdrawnName, otherName, "href=\"/departures/overdue\"");

		fixtures.member(mission, "2021-02-01");
		Pages own = pages(accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null));
		assertThat(own.get("/departures/overdue?lang=en").html()).contains(withdrawnName).doesNotContain(otherName);
		assertThat(own.get("/missions/" + mission + "/departures?lang=en").html()).contains("id=\"confirmation-" + withdrawn + "\"",
				"id=\"departure\"");
		assertThat(own.post("/accreditations/" + otherWithdrawn + "/departure-confirmation",
				Map.of("departedOn", "2021-11-03")).status()).isEqualTo(404);
		assertThat(own.post("/missions/" + mission + "/departures",
				Map.of("accreditationId", otherWithdrawn, "departureDate", "2021-11-04")).html())
			.contains("is not a member of this mission").doesNotContain(otherName);
		assertThat(own.post("/accreditations/" + withdrawn + "/departure-confirmation",
				Map.of("departedOn", "2021-11-02")).status()).isEqualTo(302);

		Pages executive = pages(accounts.user(Role.EXECUTIVE));
		String missionPage = executive.get("/missions/" + mission + "/departures?lang=en").html();
		assertThat(missionPage).contains(withdrawnName, "Left on 2 November 2021 (confirmed)")
			.doesNotContain("id=\"departure\"", "href=\"/departures/overdue\"");
		assertThat(executive.get("/departures/overdue").status()).isEqualTo(403);
		assertThat(officer.get("/missions/" + otherMission + "/departures?lang=fr").html()).contains("En retard\u00a0: départ non confirmé")
			.doesNotContain("??");
		assertThat(officer.get("/departures/overdue?lang=fr").html()).contains("Départs en retard").doesNotContain("??");
	}

	private String nameOf(String accreditation) {
		String person = api.get("/api/accreditations/" + accreditation).json().get("personId").asString();
		return api.get("/api/persons/" + person).json().get("nameLatin").asString();
	}

	private Pages pages(TestAccounts.User user) {
		return Pages.as(api.baseUrl(), user.name(), user.password());
	}
}
