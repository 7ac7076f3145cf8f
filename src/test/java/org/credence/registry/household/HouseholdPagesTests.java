package org.credence.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** The household pages in French: what they say, in French only, and a refusal said next to its field. */
@CredenceTest
class HouseholdPagesTests {

	/** As FrenchPagesScanTests reads a French page: no English word, no id, no enumeration's constant. */
	private static final Pattern NOT_FRENCH = Pattern.compile("\\b(the|and|of|is|with|by|from|for|not|has|are|this|"
			+ "that|which|held|until|since|Status|Members|Household|Child|Spouse)\\b|\\b[A-Z]+_[A-Z_]+\\b"
			+ "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}T\\d");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	Pages pages;

	@BeforeEach
	void pages() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		pages = new Pages(api.baseUrl());
	}

	@Test
	void theHouseholdPageIsInFrenchAndAddsAMember() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String principal = fixtures.member(mission, "2021-03-01");
		String child = person("2000-12-01");
		Api.Response added = api.post("/api/accreditations/" + principal + "/household", json("personId", child,
				"relation", "CHILD", "linkedFrom", "2000-12-01", "arrivalDate", "2021-03-01", "educationUntil", "2022-06-30"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);

		String html = pages.get("/accreditations/" + principal + "/household?lang=fr").html();

		assertThat(html).contains("Ménage de", "Membres du ménage", "Enfant", "études à plein temps jusqu’au",
				"limite d’âge le", "Ajouter un membre du ménage").doesNotContain("??");
		assertThat(NOT_FRENCH.matcher(text(html)).results().map(r -> r.group()).toList()).isEmpty();

		String spouse = person("1980-02-02");
		Pages.Page refused = pages.post("/accreditations/" + principal + "/household?lang=fr", Map.of("personId", spouse,
				"relation", "SPOUSE_OR_PARTNER", "linkedFrom", "2005-01-01", "arrivalDate", "2021-02-01"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("ne doit pas être antérieur au").doesNotContain("??");
		assertThat(api.get("/api/accreditations/" + principal + "/household").json().size()).isEqualTo(1);

		Pages.Page done = pages.post("/accreditations/" + principal + "/household?lang=fr", Map.of("personId", spouse,
				"relation", "SPOUSE_OR_PARTNER", "linkedFrom", "2005-01-01", "arrivalDate", "2021-03-01"));
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/accreditations/" + principal + "/household");
		assertThat(pages.get("/accreditations/" + principal + "/household?lang=fr").html())
			.contains("Conjoint ou partenaire", "L’arrivée du");
	}

	@Test
	void theAgeLimitListAndTheStrengthSayInFrenchWhoPassesAndWhatCounts() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2020-01-01", 5);
		String principal = fixtures.member(mission, "2021-01-01");
		String child = person("2000-12-01");
		Api.Response added = api.post("/api/accreditations/" + principal + "/household", json("personId", child,
				"relation", "CHILD", "linkedFrom", "2000-12-01", "arrivalDate", "2021-01-01"));
		assertThat(api.post("/api/accreditations/" + added.json().path("accreditationId").asString() + "/approval", "{}")
			.status()).isEqualTo(200);
		String name = api.get("/api/persons/" + child).json().path("nameLatin").asString();

		String list = pages.get("/households/age-limit?lang=fr").html();

		assertThat(list).contains("Enfants atteignant la limite d’âge", "90 prochains jours", name, "1er décembre 2021")
			.doesNotContain("??");
		String strength = pages.get("/missions/" + mission + "/members?lang=fr").html();
		assertThat(strength).contains("Postes occupés\u00a0: 1 sur 5", "Comptent pour le plafond\u00a0:",
				"agents diplomatiques", "S’y ajoute 1 poste d’une catégorie qui ne compte pas").doesNotContain("??");
		assertThat(strength.substring(strength.indexOf("Comptent pour le plafond"), strength.indexOf("S’y ajoute")))
			.doesNotContain("membres de la famille");
	}

	private String person(String born) {
		int n = SEQUENCE.incrementAndGet();
		Api.Response person = api.post("/api/persons", json("nameNative", "Семья " + n + " " + born, "nameLatin",
				"Semya " + n + " " + System.nanoTime(), "birthDate", born, "nationality", "RUS", "sex", "FEMALE"));
		assertThat(person.status()).as(person.text()).isEqualTo(201);
		return person.id();
	}

	/** The page's text as read, without the person choices (other tests' names) and the markup. */
	private static String text(String html) {
		return html.replaceAll("(?s)<select.*?</select>", " ")
			.replaceAll("(?s)<(script|style|head)[^>]*>.*?</\\1>", " ")
			.replaceAll("(?s)<[^>]+>", " ");
	}
}
