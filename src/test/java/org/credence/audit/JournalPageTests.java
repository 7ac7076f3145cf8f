package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * The journal page in both languages: newest first with page numbers, filters by action and by a
 * mission's or person's name, changes as lines of before and after, subjects by name with their
 * pages, verification, export links, and bad filters shown, not crashed on.
 */
@CredenceTest
class JournalPageTests {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JournalSealer sealer;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void theJournalOfASubjectWithTheChainsVerification(String lang) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		sealer.sealPending();

		Pages.Page page = get("/journal?subject=" + mission + "&lang=" + lang);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<html lang=\"" + lang + "\">").doesNotContain("??")
			.contains("href=\"/missions/" + mission + "\"", "href=\"/journal\"")
			.contains("href=\"/api/journal/export?subject=" + mission + "\"", "href=\"/api/journal/export/csv?subject=" + mission + "\"")
			.contains(lang.equals("fr") ? "La chaîne est vérifiée" : "The chain verifies");
		assertThat(text(page)).contains(lang.equals("fr") ? "Mission établie" : "Mission established");
	}

	@Test
	void newestFirstFiftyToAPageWithPageNumbers() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		for (int total = 101; total <= 155; total++) {
			fixtures.ceiling(mission, LocalDate.of(2018, 1, 1).plusDays(total).toString(), total);
		}

		String first = text(get("/journal?subject=" + mission));
		Pages.Page second = get("/journal?subject=" + mission + "&page=2");

		assertThat(first).contains("56 entries, newest first").doesNotContain("Positions in all: 105 ");
		assertThat(first.indexOf("Positions in all: 155 ")).isPositive().isLessThan(first.indexOf("Positions in all: 154 "));
		assertThat(first.indexOf("Positions in all: 107 ")).isLessThan(first.indexOf("Positions in all: 106 "));
		assertThat(second.html()).contains("aria-current=\"page\">2<", "href=\"/journal?subject=" + mission + "&amp;page=1\"");
		assertThat(text(second)).contains("Positions in all: 105 ", "Positions in all: 101 ", "Mission established")
			.doesNotContain("Positions in all: 106 ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void filteredByActionFromTheActionsThatExist(String lang) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		fixtures.ceiling(mission, "2018-01-01", 12);

		Pages.Page page = get("/journal?subject=" + mission + "&action=mission.ceiling-set&lang=" + lang);

		assertThat(page.html()).contains("<option value=\"mission.established\">" + (lang.equals("fr") ? "Mission établie" : "Mission established"))
			.contains("<option value=\"mission.ceiling-set\" selected=\"selected\">");
		assertThat(text(page)).contains(lang.equals("fr") ? "1 entrée" : "1 entry")
			.doesNotContain(lang.equals("fr") ? "Mission établie Mission" : "Mission established Mission");
	}

	@Test
	void filteredByTheNameOfAMissionOrAPersonWithTheirAccreditations() {
		String name = "Mission of Zanzibar " + System.nanoTime();
		String mission = api.post("/api/missions", Fixtures.json("sendingState", "UKR", "name", name, "kind", "EMBASSY",
				"establishedOn", "2017-01-01")).id();
		String accreditation = fixtures.member(mission, "2018-01-10");
		String person = api.get("/api/accreditations/" + accreditation).json().get("personId").asString();
		String personName = api.get("/api/persons/" + person).json().get("nameLatin").asString();

		String ofMission = text(get("/journal?name=" + name.substring(11).toUpperCase().replace(' ', '+')));
		Pages.Page ofPerson = get("/journal?action=person.registered&name=" + personName.replace(' ', '+'));

		assertThat(ofMission).contains("3 entries", "Mission established", "Accreditation requested", "Accreditation approved")
			.doesNotContain("Person registered");
		assertThat(ofPerson.html()).contains("href=\"/persons/" + person + "\">" + personName + "</a>");
		assertThat(text(get("/journal?name=Nobody+of+that+name"))).contains("No entry matches.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void changesAreLinesOfBeforeAndAfterWithNamesNotIds(String lang) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String accreditation = fixtures.member(mission, "2018-01-10");
		String person = api.get("/api/accreditations/" + accreditation).json().get("personId").asString();

		Pages.Page page = get("/journal?subject=" + accreditation + "&lang=" + lang);

		assertThat(text(page)).contains(lang.equals("fr") ? "Statut : Demandée → Active" : "Status: Requested → Active")
			.doesNotContain("{\"").doesNotContainPattern(UUID).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
		assertThat(page.html()).contains("href=\"/persons/" + person + "\"", "href=\"/missions/" + mission + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void badFiltersAreShownNextToTheirFields(String lang) {
		Pages.Page page = get("/journal?from=2021-13-45&to=soon&actor=" + "x".repeat(201) + "&lang=" + lang);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<html lang=\"" + lang + "\">").doesNotContain("??")
			.contains("role=\"alert\"", "href=\"#journal-from\"", "href=\"#journal-to\"", "href=\"#journal-actor\"",
					"id=\"journal-from-error\"", lang.equals("fr") ? "doit être une date écrite aaaa-mm-jj" : "must be a date written yyyy-mm-dd");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyPageLinksToTheJournal(String lang) {
		assertThat(get("/missions?lang=" + lang).html()).contains("href=\"/journal\"", "Journal");
	}

	/** As the test administrator, who may read the journal. */
	private Pages.Page get(String path) {
		return new Pages(api.baseUrl()).get(path);
	}

	/** The entries' table as read: tags dropped, spaces (non-breaking ones too) run together. */
	private static String text(Pages.Page page) {
		return page.html().substring(page.html().indexOf("<table")).replaceAll("<[^>]+>", " ").replace('\u00a0', ' ')
			.replaceAll("\\s+", " ");
	}
}
