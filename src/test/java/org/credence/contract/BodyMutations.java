package org.credence.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies for an operation: the documented one (its ids those of real records where a field names
 * one), or that body spoilt once: a field removed, nulled, of another type, huge, in odd Unicode, or
 * one more field ({@link SpoiltValues}); or no JSON at all.
 */
final class BodyMutations {

	private final DocumentedOperations document;

	private final Random random;

	private final Map<String, String> ids;

	private final SpoiltValues spoilt;

	BodyMutations(DocumentedOperations document, Random random, Map<String, String> ids) {
		this.document = document;
		this.random = random;
		this.ids = ids;
		this.spoilt = new SpoiltValues(random);
	}

	String body(DocumentedOperations.Operation operation) {
		int roll = random.nextInt(20);
		if (roll == 0) {
			return random.nextBoolean() ? "" : "{\"unterminated\": ";
		}
		if (roll == 1) {
			return random.nextBoolean() ? "[]" : "null";
		}
		JsonNode body = document.valid(operation.body());
		realIds(body);
		if (roll < 5) {
			return body.toString();
		}
		List<Field> fields = new ArrayList<>();
		fields(body, operation.body(), fields);
		if (fields.isEmpty() || roll == 5) {
			if (body instanceof ObjectNode object) {
				object.put("unexpected", "field");
			}
			return body.toString();
		}
		Field field = fields.get(random.nextInt(fields.size()));
		switch (random.nextInt(5)) {
			case 0 -> field.parent().remove(field.name());
			case 1 -> field.parent().putNull(field.name());
			case 2 -> field.parent().set(field.name(), spoilt.wrongType(field.schema()));
			case 3 -> field.parent().put(field.name(), "x".repeat(100_000));
			default -> field.parent().put(field.name(), spoilt.text(field.schema()));
		}
		return body.toString();
	}

	private record Field(ObjectNode parent, String name, JsonNode schema) {
	}

	/** Every documented property present in the body, at any depth. */
	private void fields(JsonNode body, JsonNode reference, List<Field> fields) {
		JsonNode schema = document.resolve(reference);
		if (body instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				JsonNode property = document.resolve(schema.path("properties").path(name));
				fields.add(new Field(object, name, property));
				fields(object.get(name), property, fields);
			}
		}
		else if (body instanceof ArrayNode array) {
			array.forEach(item -> fields(item, schema.path("items"), fields));
		}
	}

	/** Ids of real records where a field names one, half the time, so that bodies reach the rules. */
	private void realIds(JsonNode body) {
		if (body instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				String kind = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
				if (ids.containsKey(kind) && random.nextBoolean()) {
					object.put(name, ids.get(kind));
				}
				realIds(object.get(name));
			}
		}
		else if (body instanceof ArrayNode array) {
			array.forEach(this::realIds);
		}
	}
}
