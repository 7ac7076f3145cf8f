package org.credence.credentials;

/** Where a card is: in its holder's hands (issued), or out of use for one of the other reasons. */
enum CredentialState {
	ISSUED, RENEWED, LOST, STOLEN, RETURNED, CANCELLED
}
