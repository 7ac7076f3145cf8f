package org.credence.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies for an operation: the documented one (its ids those of real records where a field names
 * one), or that body spoilt once: a field removed, nulled, of another type, huge, in odd Unicode, or
 * one more field; or no JSON at all.
 *
 * <p>Not generated while another change of issue 10 (bad input) is being made, to be enabled when it
 * is merged: a number for an enum field and a number written as a string for a number field (both
 * accepted today), dates outside 1900 to 100 years ahead, names made only of invisible characters,
 * and strings over 72 bytes on the password route (bcrypt's limit).
 */
final class BodyMutations {

	private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();

	private static final List<String> ODD_TEXT = List.of("Ωμέγα Σίγμα", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂🇧🇪", "\u202Eevil\u202C", "e\u0301\u0301\u0301",
			"a\u0000b", "'; drop table mission; --", "<script>alert(1)</script>", "\\u0000", "\t\n\r", "２０２１-１１-０１");

	private static final List<String> NOT_DATES = List.of("2021-02-30", "2021-13-01", "01/11/2021", "2021-11-01T25:00", "yesterday");

	private final DocumentedOperations document;

	private final Random random;

	private final Map<String, String> ids;

	BodyMutations(DocumentedOperations document, Random random, Map<String, String> ids) {
		this.document = document;
		this.random = random;
		this.ids = ids;
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
		boolean password = operation.path().equals("/api/account/password");
		switch (random.nextInt(5)) {
			case 0 -> field.parent().remove(field.name());
			case 1 -> field.parent().putNull(field.name());
			case 2 -> field.parent().set(field.name(), wrongType(field.schema()));
			case 3 -> field.parent().put(field.name(), password ? "long password" : "x".repeat(100_000));
			default -> field.parent().put(field.name(), "date".equals(field.schema().path("format").asString())
					? NOT_DATES.get(random.nextInt(NOT_DATES.size())) : ODD_TEXT.get(random.nextInt(ODD_TEXT.size())));
		}
		return body.toString();
	}

	/** A value of another JSON type than documented; never a number for an enum, nor a number as text. */
	private JsonNode wrongType(JsonNode schema) {
		String type = schema.has("enum") ? "enum" : schema.path("type").asString("object");
		List<JsonNode> wrong = new ArrayList<>(List.of(NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode()));
		switch (type) {
			case "string" -> wrong.add(NODES.numberNode(12.5));
			case "integer", "number" -> wrong.addAll(List.of(NODES.stringNode("twelve"), NODES.numberNode(1.5),
					NODES.numberNode(new java.math.BigDecimal("1e40"))));
			case "boolean" -> wrong.set(0, NODES.stringNode("yes"));
			case "array" -> wrong.set(2, NODES.stringNode("not a list"));
			case "object" -> wrong.set(1, NODES.stringNode("not an object"));
			default -> wrong.add(NODES.stringNode("NOT_A_CONSTANT"));
		}
		return wrong.get(random.nextInt(wrong.size()));
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
