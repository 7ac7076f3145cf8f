package org.credence.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Values a field was not documented to take: of another JSON type, odd Unicode, not a date, a date
 * no registry should hold. Some are accepted today (a number for an enum, a number written as text,
 * the year 9999, text made only of invisible characters) until the bad-input part of issue 10 refuses
 * them; either way the answer must be a success or a problem document, never a server error.
 */
final class SpoiltValues {

	private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();

	private static final List<String> ODD_TEXT = List.of("Ωμέγα Σίγμα", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂🇧🇪", "\u202Eevil\u202C", "e\u0301\u0301\u0301",
			"a\u0000b", "'; drop table mission; --", "<script>alert(1)</script>", "\\u0000", "\t\n\r", "２０２１-１１-０１",
			"\u200B", "\u200D\uFEFF");


	private static final List<String> NOT_DATES = List.of("2021-02-30", "2021-13-01", "01/11/2021", "2021-11-01T25:00", "yesterday",
			"0000-01-01", "-0001-01-01", "+10000-01-01", "9999-12-31");


	private final Random random;

	SpoiltValues(Random random) {
		this.random = random;
	}

	/** Text the field's documented type and format do not allow, or odd but valid Unicode. */
	String text(JsonNode schema) {
		List<String> values = "date".equals(schema.path("format").asString()) ? NOT_DATES : ODD_TEXT;
		return values.get(random.nextInt(values.size()));
	}

	/** A value of another JSON type than documented. */
	JsonNode wrongType(JsonNode schema) {
		String type = schema.has("enum") ? "enum" : schema.path("type").asString("object");
		List<JsonNode> wrong = new ArrayList<>(List.of(NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode()));
		switch (type) {
			case "string" -> wrong.add(NODES.numberNode(12.5));
			case "integer", "number" -> {
				wrong.addAll(List.of(NODES.stringNode("twelve"), NODES.stringNode("12"), NODES.numberNode(1.5),
						NODES.numberNode(new BigDecimal("1e40"))));
			}
			case "boolean" -> wrong.set(0, NODES.stringNode("yes"));
			case "array" -> wrong.set(2, NODES.stringNode("not a list"));
			case "object" -> wrong.set(1, NODES.stringNode("not an object"));
			default -> wrong.addAll(List.of(NODES.stringNode("NOT_A_CONSTANT"), NODES.numberNode(0)));
		}
		return wrong.get(random.nextInt(wrong.size()));
	}
}
