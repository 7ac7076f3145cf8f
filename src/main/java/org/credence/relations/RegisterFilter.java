package org.credence.relations;

import java.time.LocalDate;

/** Which part of the register a page shows: between two parties, from one day to another; what is left empty, all. */
class RegisterFilter {

	private String between;

	private String and;

	private LocalDate from;

	private LocalDate to;

	public String getBetween() {
		return between;
	}

	public void setBetween(String between) {
		this.between = between;
	}

	public String getAnd() {
		return and;
	}

	public void setAnd(String and) {
		this.and = and;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}
}
