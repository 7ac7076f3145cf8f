package org.credence.decisions;

/** A decision's reference number: "2021-7" of its authority, the same for all its versions. */
record DecisionNumber(Authority authority, int year, int number) {

	@Override
	public String toString() {
		return year + "-" + number;
	}
}
