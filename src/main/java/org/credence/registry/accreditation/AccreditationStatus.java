package org.credence.registry.accreditation;

/** requested → active | refused; active → ended (departure notified) | withdrawn. */
public enum AccreditationStatus {
	REQUESTED, ACTIVE, REFUSED, ENDED, WITHDRAWN;

	/** Whether the accreditation holds (or held) a position for its period. */
	public boolean holdsPosition() {
		return this == ACTIVE || this == ENDED || this == WITHDRAWN;
	}
}
