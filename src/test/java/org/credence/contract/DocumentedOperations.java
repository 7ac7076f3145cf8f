package org.credence.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of the served OpenAPI document, and values built from their documented schemas as
 * a client reading only the document would build them: the required properties, each with a value
 * of its type, format and bounds (the first of an enum, the documented example where there is one).
 */
final class DocumentedOperations {

	private static final UUID NO_RECORD = new UUID(0x5EEDL, 1L);

	private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();

	private final JsonNode document;

	DocumentedOperations(JsonNode document) {
		this.document = document;
	}

	/**
	 * One operation: a method on a path template, its parameters, the schema of its JSON body (or
	 * null) and the statuses it documents.
	 */
	record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, List<String> statuses) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	List<Operation> all() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode op = method.getValue();
				List<JsonNode> parameters = new ArrayList<>();
				op.path("parameters").forEach(parameters::add);
				JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
						body.isMissingNode() ? null : body, List.copyOf(op.path("responses").propertyNames())));
			}
		}
		return operations;
	}

	/** The schema itself, its reference followed. */
	JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			String name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
			resolved = document.path("components").path("schemas").path(name);
		}
		return resolved;
	}

	/** A value the schema documents as valid. */
	JsonNode valid(JsonNode reference) {
		JsonNode schema = resolve(reference);
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		String type = schema.path("type").asString("object");
		return switch (type) {
			case "string" -> NODES.stringNode(text(schema));
			case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1) < 1 ? 1 : schema.path("minimum").asLong(1));
			case "boolean" -> NODES.booleanNode(false);
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = 0; i < Math.max(1, schema.path("minItems").asInt()); i++) {
					array.add(valid(schema.path("items")));
				}
				yield array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				for (JsonNode required : schema.path("required")) {
					object.set(required.asString(), valid(schema.path("properties").path(required.asString())));
				}
				yield object;
			}
		};
	}

	private static String text(JsonNode schema) {
		String text = switch (schema.path("format").asString("")) {
			// The id of no record, the same on every run so that the fuzz suite's requests repeat exactly.
			case "uuid" -> NO_RECORD.toString();
			case "date" -> "2021-06-01";
			case "date-time" -> "2021-06-01T12:00:00+02:00";
			case "uri", "uri-reference" -> "https://example.org/source";
			default -> "[A-Z]{3}".equals(schema.path("pattern").asString()) ? "FRA" : "Documented text";
		};
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		return text.length() > max ? text.substring(0, max) : text;
	}
}
