package org.credence.security;

/** What a person may do in the registry; two roles are bound to a scope (see {@link Caller}). */
public enum Role {

	ADMINISTRATOR, PROTOCOL_OFFICER, EXECUTIVE, SECURITY_OFFICER,

	/** Bound to one member state (ISO 3166-1 alpha-3): answers council decisions for that state only. */
	MEMBER_STATE_DELEGATE,

	/** Bound to one mission: sees only that mission, its staff and requests. */
	MISSION_ADMINISTRATOR,

	AUDITOR
}
