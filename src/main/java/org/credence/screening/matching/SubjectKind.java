package org.credence.screening.matching;

/** Lists name organisations as well as persons; only persons can be accredited, but both can match a name. */
public enum SubjectKind {
	INDIVIDUAL, ENTITY
}
