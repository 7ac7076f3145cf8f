package org.credence.decisions;

/** Who decides: one office (e.g. NATO's Secretary General) or all member states by consensus. */
enum Authority {
	EXECUTIVE, COUNCIL
}
