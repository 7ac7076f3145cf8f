package org.credence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.credence.benchmark.RegistryPlan.PlannedMember;
import org.credence.benchmark.RegistryPlan.PlannedMission;
import org.credence.support.Api;

/**
 * A {@link RegistryPlan} written into a server through its HTTP API, as a protocol office would
 * write it, so that every table, event and journal entry is the registry's own: each mission
 * established with its ceiling, each member registered, notified and approved in the order of
 * arrival (an approval checks the ceiling at every later start, so arrivals in order keep that
 * check short), departures notified, suspensions last. Several clients write at once, each its own
 * missions, the largest first. The reference for {@link RegistryBatches}, which is much faster.
 */
final class GeneratedRegistry {

	/** The missions' ids as the server gave them, in the plan's order, and how long writing took. */
	record Written(Map<PlannedMission, String> ids, Duration took) {
	}

	private GeneratedRegistry() {
	}

	static Written write(Api officer, RegistryPlan plan, int clients) throws Exception {
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		Map<PlannedMission, String> ids = new LinkedHashMap<>();
		try {
			List<Future<String>> written = new ArrayList<>();
			for (PlannedMission mission : plan.missions()) {
				written.add(pool.submit(() -> write(officer, mission)));
			}
			for (int i = 0; i < written.size(); i++) {
				ids.put(plan.missions().get(i), written.get(i).get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Written(ids, Duration.ofNanos(System.nanoTime() - start));
	}

	private static String write(Api officer, PlannedMission mission) {
		String id = created(officer.post("/api/missions", json("sendingState", mission.sendingState(), "name", mission.name(),
				"kind", mission.kind(), "establishedOn", mission.establishedOn().toString())));
		expect(officer.post("/api/missions/" + id + "/ceilings",
				json("effectiveOn", mission.establishedOn().toString(), "total", mission.ceiling())), 201);
		for (PlannedMember member : mission.members()) {
			String person = created(officer.post("/api/persons", json("nameNative", member.name().latin(), "nameLatin",
					member.name().latin(), "birthDate", member.birthDate().toString(), "nationality", mission.sendingState(),
					"sex", member.name().sex())));
			String request = created(officer.post("/api/missions/" + id + "/arrivals", json("personId", person, "category",
					member.post().category(), "title", member.post().title(), "function", member.post().function(),
					"arrivalDate", member.arrivedOn().toString())));
			expect(officer.post("/api/accreditations/" + request + "/approval", "{}"), 200);
			if (member.departedOn() != null) {
				expect(officer.post("/api/accreditations/" + request + "/departure",
						json("departureDate", member.departedOn().toString(), "reason", RegistryPlan.DEPARTURE_REASON)), 200);
			}
		}
		LocalDate suspendedOn = mission.suspendedOn();
		if (suspendedOn != null) {
			expect(officer.post("/api/missions/" + id + "/status", json("status", "SUSPENDED", "effectiveOn",
					suspendedOn.toString(), "reason", RegistryPlan.SUSPENSION_REASON)), 201);
		}
		return id;
	}

	/**
	 * Read back through the API: every mission there, those suspended so, and as many members as
	 * planned today and on a past day.
	 */
	static void assertReadBack(Api reader, RegistryPlan plan, Written written, LocalDate past) {
		List<JsonNode> missions = reader.get("/api/missions").json().valueStream().toList();
		assertThat(missions).hasSize(plan.missions().size());
		assertThat(missions.stream().filter(m -> m.get("status").asString().equals("SUSPENDED")))
			.hasSize((int) plan.missions().stream().filter(m -> m.suspendedOn() != null).count());
		for (LocalDate day : List.of(plan.today(), past)) {
			int held = written.ids().values().stream()
				.mapToInt(id -> reader.get("/api/missions/" + id + "/strength?asOf=" + day).json().get("held").asInt()).sum();
			assertThat(held).as("members on " + day).isEqualTo(plan.heldOn(day));
		}
	}

	private static String created(Api.Response response) {
		return expect(response, 201).id();
	}

	private static Api.Response expect(Api.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Generating the registry: " + response.status() + " " + response.text());
		}
		return response;
	}
}
