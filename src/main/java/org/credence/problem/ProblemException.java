package org.credence.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the registry refuses, carried to the client as an RFC 9457 problem document. Thrown
 * before anything is written, or inside the transaction so that it rolls back. The detail is the
 * API's, in English; the pages say it in the reader's language from the message
 * {@code problem.<type>.<case>} (the case {@code detail} unless {@link #saying} names another),
 * whose named arguments ({@code {mission}}, {@code {since}}) are the document's properties.
 */
public class ProblemException extends RuntimeException {

	private static final java.util.Set<String> STANDARD_MEMBERS = java.util.Set.of("type", "title", "status", "detail",
			"instance");

	private final ProblemKind kind;

	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	private String words = "detail";

	public ProblemException(ProblemKind kind, String detail) {
		super(detail);
		this.kind = kind;
	}

	public static ProblemException notFound(String what, Object id) {
		return new ProblemException(ProblemKind.NOT_FOUND, "There is no " + what + " with id " + id + ".")
			.with("resource", what)
			.with("id", String.valueOf(id));
	}

	public static ProblemException invalid(String field, String problem) {
		return invalid(List.of(new InvalidField(field, problem)));
	}

	public static ProblemException invalid(List<InvalidField> fields) {
		String detail = fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).problem()
				: fields.size() + " fields are not valid.";
		return new ProblemException(ProblemKind.INVALID_INPUT, detail).with("errors", fields);
	}

	/** A property of the document, and an argument of its message on the pages; none when null. */
	public ProblemException with(String name, Object value) {
		// An extension member named like a standard one would be written twice, and a client reading
		// the last one would take e.g. "status": "SUSPENDED" for the HTTP status (RFC 9457, 3.1).
		if (STANDARD_MEMBERS.contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is a standard member of a problem document");
		}
		if (value != null) {
			properties.put(name, value);
		}
		return this;
	}

	/** Which of its type's messages says this refusal to a reader, when the type has several cases. */
	public ProblemException saying(String words) {
		this.words = words;
		return this;
	}

	/** The message that says this refusal on the pages: {@code problem.<type>.<case>}. */
	public String messageKey() {
		return "problem." + kind.slug() + "." + words;
	}

	public ProblemKind kind() {
		return kind;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
