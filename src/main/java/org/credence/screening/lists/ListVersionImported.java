package org.credence.screening.lists;

import java.util.UUID;

/**
 * A version of a list became current, published in the import's transaction: the persons already
 * asked for are screened again against what it changed.
 *
 * @param previous the version it replaced, null for the list's first
 */
public record ListVersionImported(String list, UUID version, UUID previous) {
}
