package org.credence.registry.accreditation;

/** requested → active | refused; active → ended (departure notified) | withdrawn. */
public enum AccreditationStatus {
	REQUESTED, ACTIVE, REFUSED, ENDED, WITHDRAWN
}
