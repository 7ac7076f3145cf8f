package org.credence.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.credence.support.Api;

/** Intake files for tests, each person's name unique to the run, and their jobs followed to the end. */
final class IntakeFiles {

	static final String HEADER = "mission,sending_state,name_native,name_latin,birth_date,nationality,category,title,"
			+ "function,arrival_date,credential_number,credential_expiry\n";

	private IntakeFiles() {
	}

	/** A row of a person no other row shares, in a mission of that name. */
	static String row(String mission, String state, String arrival) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return String.join(",", mission, state, "Иван " + unique, "Ivan " + unique, "1975-03", "RUS", "DIPLOMATIC_AGENT",
				"Counsellor", "Political affairs", arrival, "C-" + unique, "2026-01-01") + "\n";
	}

	/** Sends the file and waits for its job to finish; answers the job. */
	static JsonNode run(Api api, String csv, boolean dryRun) {
		Api.Response accepted = api.request("POST", "/api/intake/csv?dryRun=" + dryRun, "text/csv", csv);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(accepted.location()).startsWith("/api/intake/jobs/");
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> api.get(accepted.location()).json(), job -> !"RUNNING".equals(job.get("state").asString()));
	}
}
