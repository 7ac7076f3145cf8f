package org.credence.security;

/**
 * The logged-in person as the pages see them: their name and role, and whether the access policy
 * lets them use a route, so that a page offers only the forms its reader may submit.
 */
public record Viewer(String name, Role role) {

	/** @param route as the access policy names it, e.g. "POST /missions/{id}/ceilings" */
	public boolean may(String route) {
		return AccessPolicy.decide(route, new Caller(null, name, role, null, null)) == AccessPolicy.Decision.ALLOWED;
	}
}
