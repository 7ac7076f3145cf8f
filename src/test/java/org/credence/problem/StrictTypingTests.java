package org.credence.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/**
 * A field is read only in its own JSON type, as the README promises: an enum by its name, never by
 * its position; a number as a number, never as text; a boolean as true or false. Jackson's defaults
 * coerce each of these silently.
 */
@CredenceTest
class StrictTypingTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "0", "1.0", "\"0\"" })
	void anEnumIsReadOnlyByItsName(String category) {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/arrivals",
				"{\"personId\": \"" + fixtures.person("RUS") + "\", \"category\": " + category
						+ ", \"title\": \"Counsellor\", \"function\": \"Liaison\", \"arrivalDate\": \"2021-10-01\"}"));

		assertThat(errors).containsOnlyKeys("category");
		assertThat(errors.get("category")).startsWith("must be one of DIPLOMATIC_AGENT");
		assertThat(api.get("/api/missions/" + mission + "/requests").json().size()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"12\"", "true", "12.0", "12.5" })
	void aWholeNumberIsReadOnlyAsAWholeNumber(String total) {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": \"2021-11-01\", \"total\": " + total + "}"));

		assertThat(errors).containsOnlyKeys("total");
		assertThat(errors.get("total")).startsWith("must be a whole number");
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@Test
	void aNumberInAMapOfCountsIsReadOnlyAsANumber() {
		String mission = fixtures.mission("RUS", "2017-01-01");

		Map<String, String> errors = assertInvalid(api.post("/api/missions/" + mission + "/ceilings",
				"{\"effectiveOn\": \"2021-11-01\", \"total\": 10, \"categories\": {\"DIPLOMATIC_AGENT\": \"6\"}}"));

		assertThat(errors).containsOnlyKeys("categories.DIPLOMATIC_AGENT");
		assertThat(api.get("/api/missions/" + mission + "/ceilings").json().size()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"true\"", "1", "0", "\"yes\"" })
	void aBooleanIsReadOnlyAsTrueOrFalse(String endOfMonth) {
		int decisions = api.get("/api/decisions").json().size();

		Map<String, String> errors = assertInvalid(api.post("/api/decisions",
				"{\"grounds\": \"x\", \"classification\": \"x\", \"effectiveEndOfMonth\": " + endOfMonth
						+ ", \"acts\": [{\"kind\": \"SET_CEILING\", \"missionId\": \""
						+ fixtures.mission("RUS", "2017-01-01") + "\", \"total\": 5}]}"));

		assertThat(errors).containsOnlyKeys("effectiveEndOfMonth");
		assertThat(errors.get("effectiveEndOfMonth")).startsWith("must be true or false");
		assertThat(api.get("/api/decisions").json().size()).isEqualTo(decisions);
	}
}
