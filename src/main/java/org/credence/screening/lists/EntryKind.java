package org.credence.screening.lists;

/**
 * What a list entry is: an individual or an entity, as the matcher's subjects are, or one of the
 * vessels and aircraft OFAC also lists, which are kept and counted but which no person can be.
 */
enum EntryKind {
	INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT
}
