package org.credence.registry.person;

import org.springframework.modulith.NamedInterface;

@NamedInterface("person")
public enum Sex {
	FEMALE, MALE, UNKNOWN
}
