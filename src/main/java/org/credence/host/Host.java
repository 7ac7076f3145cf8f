package org.credence.host;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The receiving party: the organization or state to which missions are accredited. Read from
 * configuration ({@code credence.host.*}); its time zone gives every date its instant.
 */
@Validated
@ConfigurationProperties("credence.host")
public record Host(@NotBlank String nameEn, @NotBlank String nameFr, @NotNull Kind kind, @NotNull ZoneId timeZone,
		@NotEmpty List<@Valid Member> members) {

	public enum Kind {
		ORGANIZATION, STATE
	}

	/** A member state of the receiving organization, from its accession until its exit (if any). */
	public record Member(@NotNull @Pattern(regexp = "[A-Z]{3}") String state, @NotNull LocalDate joined, LocalDate left) {

		public boolean isMemberOn(LocalDate day) {
			return !joined.isAfter(day) && (left == null || left.isAfter(day));
		}
	}

	/** The states that are members on that day: "all members" always means all members on the day. */
	public List<Member> membersOn(LocalDate day) {
		return members.stream().filter(member -> member.isMemberOn(day)).toList();
	}

	/** 00:00 of that day in the receiving party's time zone. */
	public OffsetDateTime startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(timeZone).toOffsetDateTime();
	}

	/**
	 * The same instant as the receiving party's clocks show it. Only the offset is looked up, and an
	 * instant already in it is answered as it is: long lists convert several instants per row.
	 */
	public OffsetDateTime local(OffsetDateTime instant) {
		return instant == null ? null : instant.withOffsetSameInstant(timeZone.getRules().getOffset(instant.toInstant()));
	}

	public LocalDate localDate(OffsetDateTime instant) {
		return instant == null ? null : instant.atZoneSameInstant(timeZone).toLocalDate();
	}

	/**
	 * A date when the instant is a local midnight, otherwise date and time to the minute: how the
	 * registry names instants in the API's words (the pages show them in the reader's language).
	 */
	public String describe(OffsetDateTime instant) {
		OffsetDateTime local = local(instant).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? local.toLocalDate().toString()
				: local.toLocalDateTime().toString().replace('T', ' ') + " " + timeZone.getId();
	}
}
