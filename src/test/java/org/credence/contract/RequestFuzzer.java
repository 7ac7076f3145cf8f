package org.credence.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Requests made from an operation of the document with a seeded {@link Random}: the documented
 * request, or one spoilt in its path ids, parameters, headers or body ({@link BodyMutations}).
 */
final class RequestFuzzer {

	record Fuzzed(String method, String target, String contentType, String body, String header, String value) {

		@Override
		public String toString() {
			return method + " " + target + (header == null ? "" : " [" + header + ": " + value + "]")
					+ (contentType == null ? "" : " (" + contentType + ")") + "\n" + abbreviate(body);
		}

		private static String abbreviate(String text) {
			return text == null ? "(no body)" : text.length() > 400 ? text.substring(0, 400) + "… (" + text.length() + " chars)" : text;
		}
	}

	private static final List<String> NOT_IDS = List.of("1", "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "null");

	private static final List<String> ODD_VALUES = List.of("", "x", "-1", "0", "9999999999999999999", "2021-02-30",
			"true", "Ωμέγα 🙂", "a b", "%", "[]");

	private static final List<String[]> HEADERS = List.of(new String[] { "Accept", "application/xml" },
			new String[] { "Accept", "*/*" }, new String[] { "Accept-Language", "fr" },
			new String[] { "X-Forwarded-For", "not an address" }, new String[] { "If-None-Match", "\"fuzz\"" },
			new String[] { "Accept-Charset", "latin1" }, new String[] { "X-CSRF-TOKEN", "forged" },
			new String[] { "Cookie", "SESSION=forged" });

	private final DocumentedOperations document;

	private final BodyMutations mutations;

	private final Random random;

	/** Real records by the kind of id: a route's {id} under /api/missions takes a mission's, and so on. */
	private final Map<String, String> ids;

	RequestFuzzer(DocumentedOperations document, Random random, Map<String, String> ids) {
		this.document = document;
		this.random = random;
		this.ids = ids;
		this.mutations = new BodyMutations(document, random, ids);
	}

	Fuzzed next(DocumentedOperations.Operation operation) {
		String path = operation.path();
		List<String> query = new ArrayList<>();
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.path("name").asString();
			if ("path".equals(parameter.path("in").asString())) {
				path = path.replace("{" + name + "}", id(operation.path(), name));
			}
			else if (random.nextInt(10) < 6) {
				String value = random.nextInt(4) == 0 ? pick(ODD_VALUES) : text(document.valid(parameter.path("schema")));
				query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		if (random.nextInt(10) == 0) {
			query.add("unexpected=" + URLEncoder.encode(pick(ODD_VALUES), StandardCharsets.UTF_8));
		}
		String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
		String[] header = random.nextInt(5) == 0 ? pick(HEADERS) : new String[] { null, null };
		if (operation.body() == null) {
			return new Fuzzed(operation.method(), target, null, random.nextInt(8) == 0 ? "{}" : null, header[0], header[1]);
		}
		int roll = random.nextInt(20);
		String contentType = roll == 0 ? null : roll == 1 ? "text/plain" : roll == 2 ? "application/xml"
				: roll == 3 ? "application/json; charset=UTF-8" : "application/json";
		return new Fuzzed(operation.method(), target, contentType,
				mutations.body(operation), header[0], header[1]);
	}

	private String id(String template, String name) {
		int roll = random.nextInt(10);
		if (roll < 6) {
			String kind = "id".equals(name) ? template.split("/")[2] : name;
			return ids.getOrDefault(kind, UUID.randomUUID().toString());
		}
		return roll < 8 ? new UUID(random.nextLong(), random.nextLong()).toString() : pick(NOT_IDS);
	}

	private static String text(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
