package org.credence.registry;

/** Staff categories of the Vienna Convention on Diplomatic Relations (art. 1), plus local hires. */
public enum StaffCategory {
	DIPLOMATIC_AGENT, ADMINISTRATIVE_TECHNICAL, SERVICE_STAFF, PRIVATE_SERVANT, LOCAL_HIRE
}
