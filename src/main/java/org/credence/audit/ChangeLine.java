package org.credence.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One line of an entry's change as a reader follows it: a field, and its value, or its value before
 * and after. Entries record either a record as made (each field a line), a record inside a few
 * named parts ({@code {"mission": {...}, "establishedFrom": ...}}: the parts' fields are lines), or
 * {@code {"before": ..., "after": ...}} with perhaps a reason (a line for each field that changed).
 *
 * @param before the value replaced, or null when the line is a value recorded, not a replacement
 */
record ChangeLine(String key, JsonNode before, JsonNode after) {

	/** The key under which a change that is one value, not a record, is shown. */
	static final String VALUE = "value";

	static List<ChangeLine> of(JsonNode change) {
		List<ChangeLine> lines = new ArrayList<>();
		if (!change.isObject()) {
			lines.add(new ChangeLine(VALUE, null, change));
		}
		else if (change.has("before") && change.has("after")) {
			replaced(change.get("before"), change.get("after"), lines);
			change.properties().stream().filter(part -> !Set.of("before", "after").contains(part.getKey()))
				.forEach(part -> recorded(part.getKey(), part.getValue(), lines));
		}
		else {
			change.properties().forEach(part -> {
				if (part.getValue().isObject() && !part.getValue().isEmpty()) {
					part.getValue().properties().forEach(field -> recorded(field.getKey(), field.getValue(), lines));
				}
				else {
					recorded(part.getKey(), part.getValue(), lines);
				}
			});
		}
		return lines;
	}

	private static void replaced(JsonNode before, JsonNode after, List<ChangeLine> lines) {
		if (!before.isObject() || !after.isObject()) {
			lines.add(new ChangeLine(VALUE, before, after));
			return;
		}
		Set<String> keys = new LinkedHashSet<>(before.propertyNames());
		keys.addAll(after.propertyNames());
		for (String key : keys) {
			JsonNode was = before.path(key);
			JsonNode is = after.path(key);
			if (!was.equals(is)) {
				lines.add(new ChangeLine(key, was, is));
			}
		}
	}

	/**
	 * A field recorded; a record's own id is left out: it is the entry's subject, shown already, or
	 * a part of it (a ceiling, a declaration) that has no page and no name to show.
	 */
	private static void recorded(String key, JsonNode value, List<ChangeLine> lines) {
		if (!"id".equals(key)) {
			lines.add(new ChangeLine(key, null, value));
		}
	}

	/** Every string in a change that may name a record, to look its name up with those of the page's other entries. */
	static void ids(JsonNode node, Set<String> found) {
		if (node.isString() && JournalView.UUID.matcher(node.asString()).matches()) {
			found.add(node.asString());
		}
		node.values().forEach(child -> ids(child, found));
	}
}
