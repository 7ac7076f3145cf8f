package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.credence.support.Api;
import org.credence.support.Fixtures;

/**
 * Real records for the fuzz suite to aim at, so that requests reach the rules and not only the
 * lookup: each id under the names a route or a field gives it ({@code missions} for
 * {@code /api/missions/{id}}, {@code missionId}, and {@code mission} for a field {@code missionId}).
 */
final class FuzzTargets {

	private FuzzTargets() {
	}

	static Map<String, String> made(Api admin, Fixtures fixtures) {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2018-01-10");
		String person = admin.get("/api/accreditations/" + member).json().path("personId").asString();
		// Withdrawn: a decision that no valid request can bring to adoption, so that no poller acts on it meanwhile.
		String decision = admin.post("/api/decisions", json("grounds", "Fuzz", "classification", "NATO UNCLASSIFIED",
				"acts", List.of(Map.of("kind", "SET_CEILING", "missionId", mission, "total", 20)))).id();
		admin.post("/api/decisions/" + decision + "/withdrawal", "");
		String incident = admin.post("/api/incidents", json("kind", "EXPULSION", "title", "Fuzz", "acting", "CZE",
				"affected", "RUS", "occurredOn", "2021-04-17", "classification", "NATO UNCLASSIFIED")).id();
		String forum = admin.post("/api/forums", json("name", "Fuzz forum " + UUID.randomUUID(), "participants",
				List.of("HOST", "RUS"), "classification", "NATO UNCLASSIFIED")).id();
		String proposal = admin.post("/api/forums/" + forum + "/proposals", json("proposedBy", "HOST", "proposedOn",
				"2021-06-01", "awaiting", "RUS", "topics", "Fuzz", "classification", "NATO UNCLASSIFIED")).json()
			.path("proposal").path("id").asString();
		Map<String, String> ids = new HashMap<>();
		for (String[] kind : new String[][] { { "missions", "missionId", "mission", mission },
				{ "persons", "personId", "person", person }, { "accreditations", "accreditationId", "accreditation", member },
				{ "decisions", "decisionId", "decision", decision }, { "incidents", "incidentId", "incident", incident },
				{ "forums", "forumId", "forum", forum }, { "proposals", "proposalId", "proposal", proposal } }) {
			for (int i = 0; i < 3; i++) {
				ids.put(kind[i], kind[3]);
			}
		}
		assertThat(ids.values()).doesNotContainNull().noneMatch(String::isEmpty);
		return ids;
	}
}
