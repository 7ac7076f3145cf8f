package org.credence.security;

/**
 * Who an account is for: a person, who logs in with a password, or a service (a script, an
 * integration), which has no password and calls the API only with the tokens an administrator
 * issues it.
 */
public enum AccountKind {

	PERSON, SERVICE
}
