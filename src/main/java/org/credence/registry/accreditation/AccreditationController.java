package org.credence.registry.accreditation;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import org.credence.host.Host;
import org.credence.problem.MultiLine;
import org.credence.problem.ProblemException;
import org.credence.registry.StaffCategory;
import org.credence.registry.mission.Ceiling;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.Person;
import org.credence.registry.person.Persons;

@Tag(name = "Accreditations")
@RestController
class AccreditationController {

	private final AccreditationManagement management;

	private final Departures departures;

	private final Accreditations accreditations;

	private final Staffing staffing;

	private final Missions missions;

	private final Persons persons;

	/** The members' page size when none is asked, and the largest, as other lists' limit. */
	private static final int MEMBERS_PAGE = 100;

	private static final int MAX_MEMBERS_PAGE = 1000;

	private final MemberRoll roll;

	private final Host host;

	private final Clock clock;

	AccreditationController(AccreditationManagement management, Departures departures, Accreditations accreditations, Staffing staffing,
			Missions missions, Persons persons, MemberRoll roll, Host host, Clock clock) {
		this.roll = roll;
		this.management = management;
		this.departures = departures;
		this.accreditations = accreditations;
		this.staffing = staffing;
		this.missions = missions;
		this.persons = persons;
		this.host = host;
		this.clock = clock;
	}

	record NotifyArrival(@NotNull UUID personId, @NotNull StaffCategory category, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 200) String function, @NotNull LocalDate arrivalDate) {
	}

	record Approve(LocalDate startDate, @Size(max = 40) String credentialNumber, LocalDate credentialExpiresOn) {
	}

	record Refuse(@NotBlank(payload = MultiLine.class) @Size(max = 2000) String reason) {
	}

	record NotifyDeparture(@NotNull LocalDate departureDate, @Size(max = 2000) String reason) {
	}

	record ConfirmDeparture(@NotNull LocalDate departedOn) {
	}

	record AccreditationView(UUID id, UUID personId, String personName, UUID missionId, StaffCategory category,
			String title, String function, OffsetDateTime requestedStart, OffsetDateTime start, OffsetDateTime end,
			AccreditationStatus status, String credentialNumber, OffsetDateTime credentialExpires,
			OffsetDateTime recordedAt, LocalDate departureDeadline, LocalDate departedOn) {
	}

	record CeilingInForce(OffsetDateTime effectiveFrom, int total, Map<StaffCategory, Integer> categories) {
	}

	/** {@code held} counts only the {@code countedCategories}; {@code heldByCategory} shows every category held. */
	record StrengthView(OffsetDateTime asOf, int held, Map<StaffCategory, Integer> heldByCategory,
			CeilingInForce ceiling, int excess, Map<StaffCategory, Integer> categoryExcess, boolean overCeiling,
			Set<StaffCategory> countedCategories, int notCounted) {
	}

	@Operation(summary = "Notify an arrival: a request for accreditation from the arrival date, which may be in the past")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/missions/{missionId}/arrivals")
	ResponseEntity<AccreditationView> notifyArrival(@PathVariable UUID missionId, @Valid @RequestBody NotifyArrival body) {
		AccreditationManagement.WithPerson request = management.arrival(missionId, body.personId(), body.category(),
				body.title(), body.function(), body.arrivalDate());
		return ResponseEntity.created(URI.create("/api/accreditations/" + request.accreditation().id()))
			.body(view(request));
	}

	/**
	 * Paged by the query, not after it as other lists are (a mission may have thousands of members),
	 * with the same parameters and Link header, and pages of 100 unless asked otherwise.
	 */
	@Operation(summary = "Members of the mission as of a date (00:00 local) or instant (default now), in the order they took up their positions, a page at a time")
	@GetMapping("/api/missions/{missionId}/members")
	ResponseEntity<List<AccreditationView>> members(@PathVariable UUID missionId,
			@RequestParam(required = false) String asOf,
			@RequestParam(defaultValue = "" + MEMBERS_PAGE) @Min(1) @Max(MAX_MEMBERS_PAGE)
			@Parameter(description = "How many members, 1 to " + MAX_MEMBERS_PAGE) int limit,
			@RequestParam(defaultValue = "1") @Min(1)
			@Parameter(description = "Which page of limit members, from 1; the Link header names the next one") int page,
			HttpServletRequest request) {
		missions.get(missionId);
		MemberRoll.Roll held = new MemberRoll.Roll(missionId, AsOf.parse(asOf, host, clock), null, null);
		List<MemberRoll.Member> members = roll.page(held, (long) (page - 1) * limit, limit + 1);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (members.size() > limit) {
			String next = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
				.replaceQueryParam("limit", limit).replaceQueryParam("page", page + 1).build().toUriString();
			answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return answer.body(members.stream().limit(limit).map(m -> view(m.accreditation(), m.nameLatin())).toList());
	}

	@Operation(summary = "Strength against the ceiling in force as of a date (00:00 local) or instant; default now")
	@GetMapping("/api/missions/{missionId}/strength")
	StrengthView strength(@PathVariable UUID missionId, @RequestParam(required = false) String asOf) {
		missions.get(missionId);
		return view(staffing.strengthAt(missionId, AsOf.parse(asOf, host, clock)));
	}

	@Operation(summary = "Pending requests of the mission, oldest first")
	@GetMapping("/api/missions/{missionId}/requests")
	List<AccreditationView> pending(@PathVariable UUID missionId) {
		missions.get(missionId);
		return views(accreditations.pendingAt(missionId));
	}

	@Operation(summary = "One accreditation or request")
	@GetMapping("/api/accreditations/{id}")
	AccreditationView get(@PathVariable UUID id) {
		return view(accreditations.get(id));
	}

	@Operation(summary = "Approve a request; refused with a problem if a ceiling, the mission's status or another position forbids it")
	@PostMapping("/api/accreditations/{id}/approval")
	AccreditationView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Approve body) {
		Approve approval = body == null ? new Approve(null, null, null) : body;
		return view(management.approval(id, approval.startDate(), approval.credentialNumber(),
				approval.credentialExpiresOn()));
	}

	@Operation(summary = "Refuse a request, with a reason")
	@PostMapping("/api/accreditations/{id}/refusal")
	AccreditationView refuse(@PathVariable UUID id, @Valid @RequestBody Refuse body) {
		return view(management.refuse(id, body.reason()));
	}

	@Operation(summary = "Notify the final departure: the accreditation ends on that date")
	@PostMapping("/api/accreditations/{id}/departure")
	AccreditationView depart(@PathVariable UUID id, @Valid @RequestBody NotifyDeparture body) {
		return view(departures.notifyDeparture(id, body.departureDate(), body.reason()));
	}

	@Operation(summary = "Confirm that a withdrawn person left, on that day")
	@PostMapping("/api/accreditations/{id}/departure-confirmation")
	AccreditationView confirmDeparture(@PathVariable UUID id, @Valid @RequestBody ConfirmDeparture body) {
		return view(departures.confirmDeparture(id, body.departedOn()));
	}

	@Operation(summary = "Withdrawn persons not confirmed gone whose departure deadline has passed, oldest deadline first")
	@GetMapping("/api/departures/overdue")
	List<AccreditationView> overdue() {
		return views(accreditations.overdueDepartures(host.localDate(OffsetDateTime.now(clock))));
	}

	private AccreditationView view(Accreditation a) {
		return view(a, persons.get(a.personId()));
	}

	private AccreditationView view(AccreditationManagement.WithPerson changed) {
		return view(changed.accreditation(), changed.person());
	}

	/** Each with its person's name, all the persons read in one query rather than one per accreditation. */
	private List<AccreditationView> views(List<Accreditation> list) {
		Map<UUID, Person> found = persons.byId(list.stream().map(Accreditation::personId).distinct().toList());
		return list.stream().map(a -> {
			Person person = found.get(a.personId());
			if (person == null) {
				throw ProblemException.notFound("person", a.personId());
			}
			return view(a, person);
		}).toList();
	}

	private AccreditationView view(Accreditation a, Person person) {
		return view(a, person.nameLatin());
	}

	private AccreditationView view(Accreditation a, String personName) {
		return new AccreditationView(a.id(), a.personId(), personName, a.missionId(), a.category(), a.title(),
				a.function(), host.local(a.requestedStart()), host.local(a.start()), host.local(a.end()), a.status(),
				a.credentialNumber(), host.local(a.credentialExpires()), host.local(a.recordedAt()),
				a.departureDeadline(), a.departedOn());
	}

	private StrengthView view(Strength strength) {
		Ceiling ceiling = strength.ceiling();
		return new StrengthView(host.local(strength.at()), strength.held(), strength.heldByCategory(),
				ceiling == null ? null : new CeilingInForce(host.local(ceiling.effectiveFrom()), ceiling.total(), ceiling.categories()),
				strength.excess(), strength.categoryExcess(), strength.overCeiling(), strength.counted(),
				strength.notCounted());
	}
}
