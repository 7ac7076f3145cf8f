package org.credence.screening.matching;

/** One name of a subject, as written by the list, with the list's own opinion of it. */
public record ListedName(String text, NameKind kind) {
}
