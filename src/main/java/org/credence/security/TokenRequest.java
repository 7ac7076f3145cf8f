package org.credence.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal access token: what it is for, and for how many days (default 90, at most a year). */
record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(365) Integer days) {

	static final int DEFAULT_DAYS = 90;

	int validDays() {
		return days == null ? DEFAULT_DAYS : days;
	}
}
