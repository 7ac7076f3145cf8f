/**
 * Credentials: the identity cards the receiving party issues to accredited persons, their numbers,
 * photos, expiry and fate (renewed, lost or stolen and replaced, returned, cancelled), the card as a
 * printable PDF, and the public verification of a card's number. It reads the registry and the
 * registry knows nothing of it; nothing of it is shown to other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credentials")
package org.credence.credentials;
