package org.credence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;

/**
 * Missions, persons and accreditations made through the API, each with a name of its own so that
 * tests sharing one database never see each other's records. Names are invented.
 */
@TestComponent
public class Fixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Api api;

	Fixtures(Api api) {
		this.api = api;
	}

	/** The same fixtures made by another caller, e.g. {@code fixtures.as(api.as(token))}. */
	public Fixtures as(Api caller) {
		return new Fixtures(caller);
	}

	public static String json(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return JSON.writeValueAsString(map);
	}

	public String mission(String sendingState, String establishedOn) {
		Api.Response response = api.post("/api/missions", json("sendingState", sendingState, "name",
				"Mission " + SEQUENCE.incrementAndGet(), "kind", "PERMANENT_MISSION", "establishedOn", establishedOn));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	public void ceiling(String missionId, String effectiveOn, int total) {
		Api.Response response = api.post("/api/missions/" + missionId + "/ceilings",
				json("effectiveOn", effectiveOn, "total", total));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
	}

	/**
	 * A person of a name and an exact date of birth no other fixture shares: screening compares every
	 * request with the persons refused or withdrawn before, and must not take one fixture for another.
	 */
	public String person(String nationality) {
		int n = SEQUENCE.incrementAndGet();
		Api.Response response = api.post("/api/persons", json("nameNative", "Тестов " + n, "nameLatin", "Testov " + n,
				"birthDate", LocalDate.of(1950, 1, 1).plusDays(n).toString(), "nationality", nationality, "sex", "MALE"));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	public Api.Response arrival(String missionId, String personId, String category, String arrivalDate) {
		return api.post("/api/missions/" + missionId + "/arrivals", json("personId", personId, "category", category,
				"title", "Counsellor", "function", "Liaison", "arrivalDate", arrivalDate));
	}

	public String request(String missionId, String arrivalDate) {
		Api.Response response = arrival(missionId, person("RUS"), "DIPLOMATIC_AGENT", arrivalDate);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.id();
	}

	/** A member accredited from the date: an arrival notified and approved. */
	public String member(String missionId, String arrivalDate) {
		String id = request(missionId, arrivalDate);
		Api.Response approval = api.post("/api/accreditations/" + id + "/approval", "{}");
		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		return id;
	}
}
