package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * A name must have a character one can see: made only of zero-width or other format characters it
 * lists as a blank line nobody can tell apart. Control characters are refused in any text, line
 * breaks in any but the few written on several lines (grounds, reasons, topics), and
 * text is stored in Unicode's composed form (NFC), so that the same name written two ways is one.
 */
@CredenceTest
class InvisibleTextTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "\u200B", "\u200D", "\uFEFF", "\u200B\u200D\uFEFF\u2060", " \u00AD\u200E ", "\u180E" })
	void aNameOfInvisibleCharactersIsRefusedNamingTheField(String invisible) {
		int missions = api.get("/api/missions").json().size();

		assertThat(assertInvalid(api.post("/api/missions", json("sendingState", "RUS", "name", invisible, "kind",
				"EMBASSY", "establishedOn", "2017-01-01")))).containsExactly(Map.entry("name", "must have a visible character"));
		assertThat(assertInvalid(api.post("/api/persons", json("nameNative", "Иванов", "nameLatin", invisible,
				"nationality", "RUS")))).containsOnlyKeys("nameLatin");
		assertThat(api.get("/api/missions").json().size()).isEqualTo(missions);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mission\u0007", "Mission\u001B[31m", "Mission\u0085", "Mission\u007F" })
	void aControlCharacterIsRefused(String name) {
		assertThat(assertInvalid(api.post("/api/missions", json("sendingState", "RUS", "name", name, "kind", "EMBASSY",
				"establishedOn", "2017-01-01")))).containsExactly(Map.entry("name", "must not contain control characters"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mission\npermanente", "Mission\r\npermanente", "Mission\r" })
	void aLineBreakIsRefusedInALineOfText(String name) {
		assertThat(assertInvalid(api.post("/api/missions", json("sendingState", "RUS", "name", name, "kind", "EMBASSY",
				"establishedOn", "2017-01-01")))).containsExactly(Map.entry("name", "must be on one line"));
		assertThat(assertInvalid(api.post("/api/persons", json("nameNative", "Иванов", "nameLatin", name,
				"nationality", "RUS")))).containsExactly(Map.entry("nameLatin", "must be on one line"));
	}

	@Test
	void groundsAndReasonsMayTakeSeveralLines() {
		String request = fixtures.request(fixtures.mission("RUS", "2017-01-01"), "2018-01-10");

		Api.Response refused = api.post("/api/accreditations/" + request + "/refusal",
				json("reason", "Undeclared intelligence officer.\nSee the security service's note of 2018-03-20."));

		assertThat(refused.status()).as(refused.text()).isEqualTo(200);
		assertThat(refused.json().path("status").asString()).isEqualTo("REFUSED");
	}

	@Test
	void textIsStoredComposed() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Api.Response registered = api.post("/api/persons", json("nameNative", "Zoe\u0301 " + tag, "nameLatin",
				"Zoe\u0301 " + tag, "nationality", "FRA"));

		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		assertThat(registered.json().path("nameLatin").asString()).isEqualTo("Zoé " + tag);
		assertThat(api.get("/api/persons?name=Zo%C3%A9%20" + tag).json().size()).isEqualTo(1);
	}

	@Test
	void aPageRefusesAnInvisibleNameNextToTheFieldAndStoresComposedText() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Pages pages = new Pages(api.baseUrl());

		Pages.Page refused = pages.post("/persons?lang=en", Map.of("nameNative", "\u200B\u200D", "nameLatin", "Latin " + tag,
				"nationality", "RUS"));
		assertThat(refused.html()).contains("id=\"person-nameNative-error\"");

		pages.post("/persons", Map.of("nameNative", "Le\u0301a " + tag, "nameLatin", "Le\u0301a " + tag, "nationality", "FRA"));
		assertThat(api.get("/api/persons?name=" + tag).json().path(0).path("nameLatin").asString()).isEqualTo("Léa " + tag);
	}
}
