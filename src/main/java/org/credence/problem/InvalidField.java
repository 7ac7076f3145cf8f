package org.credence.problem;

/** One offending field of a request and what is wrong with it. */
public record InvalidField(String field, String problem) {
}
