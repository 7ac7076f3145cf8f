package org.credence.screening.lists;

import java.util.List;

import org.credence.screening.matching.ListedName;

/**
 * One entry of a list as a security officer reads it beside the person it resembles: everything the
 * list says, as it says it (dates and countries as written).
 *
 * @param version the number of the list's version it was read from
 */
public record ListedEntry(String list, String reference, int version, String kind, String gender,
		List<ListedName> names, List<String> births, List<String> birthplaces, List<String> nationalities,
		List<String> programmes, String remarks) {
}
