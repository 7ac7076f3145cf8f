package org.credence.registry;

/** Staff categories of the Vienna Convention on Diplomatic Relations (art. 1), plus local hires and members of a household (art. 37). */
public enum StaffCategory {
	DIPLOMATIC_AGENT, ADMINISTRATIVE_TECHNICAL, SERVICE_STAFF, PRIVATE_SERVANT, LOCAL_HIRE, FAMILY_MEMBER
}
