package org.credence.registry;

/** A suspended or closed mission takes no new accreditations. */
public enum MissionStatus {
	ACTIVE, SUSPENDED, CLOSED
}
