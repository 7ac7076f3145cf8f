package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** The journal page in both languages: entries, verification, export link, and bad filters shown, not crashed on. */
@CredenceTest
class JournalPageTests {

	private final HttpClient browser = HttpClient.newHttpClient();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JournalSealer sealer;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void theJournalOfASubjectWithTheChainsVerification(String lang) throws Exception {
		String mission = fixtures.mission("RUS", "2017-01-01");
		sealer.sealPending();

		HttpResponse<String> page = get("/journal?subject=" + mission + "&lang=" + lang);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"" + lang + "\">").doesNotContain("??")
			.contains("mission.established", mission, "href=\"/journal\"")
			.contains("href=\"/api/journal/export?subject=" + mission + "\"")
			.contains(lang.equals("fr") ? "La chaîne est vérifiée" : "The chain verifies");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void badFiltersAreShownNextToTheirFields(String lang) throws Exception {
		HttpResponse<String> page = get("/journal?from=2021-13-45&to=soon&actor=" + "x".repeat(201) + "&lang=" + lang);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"" + lang + "\">").doesNotContain("??")
			.contains("role=\"alert\"", "href=\"#journal-from\"", "href=\"#journal-to\"", "href=\"#journal-actor\"",
					"id=\"journal-from-error\"", "must be a date written yyyy-mm-dd");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyPageLinksToTheJournal(String lang) throws Exception {
		assertThat(get("/missions?lang=" + lang).body()).contains("href=\"/journal\"", "Journal");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
