package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** The journal page in both languages: entries, verification, export link, and bad filters shown, not crashed on. */
@CredenceTest
class JournalPageTests {

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
			.contains("mission.established", mission, "href=\"/journal\"")
			.contains("href=\"/api/journal/export?subject=" + mission + "\"")
			.contains(lang.equals("fr") ? "La chaîne est vérifiée" : "The chain verifies");
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
}
