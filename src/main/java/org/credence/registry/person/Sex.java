package org.credence.registry.person;

public enum Sex {
	FEMALE, MALE, UNKNOWN
}
