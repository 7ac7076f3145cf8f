package org.credence.registry.household;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.accreditation.AsOf;

@Tag(name = "Households")
@RestController
class HouseholdController {

	private final Households households;

	private final AccreditationManagement management;

	private final Host host;

	private final Clock clock;

	HouseholdController(Households households, AccreditationManagement management, Host host, Clock clock) {
		this.clock = clock;
		this.households = households;
		this.management = management;
		this.host = host;
	}

	record AddHouseholdMember(@NotNull UUID personId, @NotNull Relation relation, @NotNull LocalDate linkedFrom,
			@NotNull LocalDate arrivalDate, LocalDate educationUntil) {
	}

	record HouseholdConditions(LocalDate linkedUntil, LocalDate educationUntil, LocalDate workPermittedFrom,
			LocalDate workPermittedUntil) {
	}

	record NotifyPrivateServant(@NotNull UUID personId, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 200) String function, @NotNull LocalDate arrivalDate) {
	}

	/** A member of a household: the link to the principal, and the member's own accreditation. */
	record HouseholdMemberView(UUID linkId, UUID principalId, UUID personId, String personName, Relation relation,
			LocalDate linkedFrom, LocalDate linkedUntil, LocalDate educationUntil, LocalDate ageLimit,
			LocalDate workPermittedFrom, LocalDate workPermittedUntil, UUID accreditationId, UUID missionId,
			AccreditationStatus status, OffsetDateTime start, OffsetDateTime end, LocalDate departureDeadline) {
	}

	/** A private servant's request, tied to the employer's accreditation. */
	record PrivateServantView(UUID accreditationId, UUID employerAccreditationId, UUID personId, UUID missionId,
			StaffCategory category, String title, String function, OffsetDateTime requestedStart,
			AccreditationStatus status) {
	}

	@Operation(summary = "Link a person to the holder of this accreditation as a member of their household, and notify their arrival: a request in the category FAMILY_MEMBER, tied to this accreditation, from no earlier than its start")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/accreditations/{id}/household")
	ResponseEntity<HouseholdMemberView> add(@PathVariable UUID id, @Valid @RequestBody AddHouseholdMember body) {
		Households.Member member = households.add(id, body.personId(), body.relation(), body.linkedFrom(),
				body.arrivalDate(), body.educationUntil());
		return ResponseEntity.created(URI.create("/api/accreditations/" + member.accreditation().id()))
			.body(view(member));
	}

	@Operation(summary = "The members of the household of this accreditation's holder, in the order they were linked; "
			+ "with asOf (a date, or a date and time), those whose link held on that day")
	@GetMapping("/api/accreditations/{id}/household")
	List<HouseholdMemberView> household(@PathVariable UUID id,
			@Parameter(description = "A date (yyyy-mm-dd), or a date and time: the day whose household is asked for",
					schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String asOf) {
		List<Households.Member> members = households.of(id);
		if (asOf != null) {
			members = Households.linkedOn(members, host.localDate(AsOf.parse(asOf, host, clock)));
		}
		return members.stream().map(this::view).toList();
	}

	@Operation(summary = "The dates kept with a household link: its end, a child's full-time education, a permission to work (where the host allows it); each absent date is cleared")
	@PutMapping("/api/households/links/{id}")
	HouseholdMemberView conditions(@PathVariable UUID id, @Valid @RequestBody HouseholdConditions body) {
		return view(households.changeConditions(id, body.linkedUntil(), body.educationUntil(), body.workPermittedFrom(),
				body.workPermittedUntil()));
	}

	@Operation(summary = "Children of households who pass their age limit in the coming days (credence.households.age-limit-notice-days, 90 by default), the soonest first")
	@GetMapping("/api/households/age-limit")
	List<HouseholdMemberView> passingAgeLimit() {
		return households.passingAgeLimit().stream().map(this::view).toList();
	}

	@Operation(summary = "Notify the arrival of a private servant of the holder of this accreditation, their employer among the mission's members")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/accreditations/{id}/private-servants")
	ResponseEntity<PrivateServantView> servant(@PathVariable UUID id, @Valid @RequestBody NotifyPrivateServant body) {
		Accreditation a = management.notifyTiedArrival(id, body.personId(), StaffCategory.PRIVATE_SERVANT, body.title(),
				body.function(), body.arrivalDate());
		return ResponseEntity.created(URI.create("/api/accreditations/" + a.id()))
			.body(new PrivateServantView(a.id(), id, a.personId(), a.missionId(), a.category(), a.title(), a.function(),
					host.local(a.requestedStart()), a.status()));
	}

	private HouseholdMemberView view(Households.Member member) {
		HouseholdLink link = member.link();
		Accreditation a = member.accreditation();
		return new HouseholdMemberView(link.id(), link.principalId(), link.memberId(), member.person().nameLatin(),
				link.relation(), link.linkedFrom(), link.linkedUntil(), link.educationUntil(), member.ageLimit(),
				link.workPermittedFrom(), link.workPermittedUntil(), a.id(), a.missionId(), a.status(),
				host.local(a.start() == null ? a.requestedStart() : a.start()), host.local(a.end()),
				a.departureDeadline());
	}
}
