package org.credence.screening.matching;

/**
 * What a list says of a name: OFAC's "aka" (strong) and "fka"/"nka", the UN's "Good" and "Low"
 * quality aliases (weak), and names given in their original script.
 */
public enum NameKind {
	PRIMARY, STRONG_ALIAS, WEAK_ALIAS, ORIGINAL_SCRIPT
}
