package org.credence.registry.accreditation;

import org.springframework.modulith.NamedInterface;

/** requested → active | refused; active → ended (departure notified) | withdrawn. */
@NamedInterface("accreditation")
public enum AccreditationStatus {
	REQUESTED, ACTIVE, REFUSED, ENDED, WITHDRAWN
}
