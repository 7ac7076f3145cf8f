package org.credence.registry.household;

/** How a member of a household is linked to the principal (VCDR art. 37: "members of the family forming part of the household"). */
public enum Relation {
	SPOUSE_OR_PARTNER, CHILD, OTHER_DEPENDANT
}
