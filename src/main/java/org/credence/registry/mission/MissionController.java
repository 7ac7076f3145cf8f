package org.credence.registry.mission;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.registry.MissionStatus;
import org.credence.registry.StaffCategory;

@Tag(name = "Missions")
@RestController
@RequestMapping("/api/missions")
class MissionController {

	private final MissionManagement management;

	private final Missions missions;

	private final Ceilings ceilings;

	private final Host host;

	private final Clock clock;

	private final MissionContacts contacts;

	MissionController(MissionManagement management, Missions missions, Ceilings ceilings, Host host, Clock clock,
			MissionContacts contacts) {
		this.contacts = contacts;
		this.management = management;
		this.missions = missions;
		this.ceilings = ceilings;
		this.host = host;
		this.clock = clock;
	}

	record EstablishMission(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as RUS") String sendingState,
			@NotBlank @Size(max = 200) String name, @NotNull MissionKind kind, LocalDate establishedOn) {
	}

	record ChangeStatus(@NotNull MissionStatus status, @NotNull LocalDate effectiveOn, @Size(max = 2000) String reason) {
	}

	record SetCeiling(@NotNull LocalDate effectiveOn, @NotNull @PositiveOrZero @Max(100000) Integer total,
			Map<StaffCategory, @NotNull @PositiveOrZero @Max(100000) Integer> categories,
			@Size(max = 2000) String reason) {
	}

	record MissionView(UUID id, String sendingState, String name, MissionKind kind, MissionStatus status,
			OffsetDateTime recordedAt) {
	}

	record StatusView(MissionStatus status, OffsetDateTime effectiveFrom, String reason, OffsetDateTime recordedAt,
			String recordedBy) {
	}

	record CeilingView(UUID id, OffsetDateTime effectiveFrom, int total, Map<StaffCategory, Integer> categories,
			String reason, OffsetDateTime recordedAt, String recordedBy) {
	}

	@Operation(summary = "Establish a mission of a sending state; it is active from the given date (default now)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<MissionView> establish(@Valid @RequestBody EstablishMission body) {
		Mission mission = management.establish(body.sendingState(), body.name(), body.kind(), body.establishedOn());
		return ResponseEntity.created(URI.create("/api/missions/" + mission.id())).body(view(mission));
	}

	@Operation(summary = "All missions with their status now")
	@GetMapping
	List<MissionView> list() {
		Map<UUID, MissionStatus> statuses = missions.statusesAt(OffsetDateTime.now(clock));
		return missions.all().stream()
			.map(mission -> view(mission, statuses.getOrDefault(mission.id(), MissionStatus.ACTIVE)))
			.toList();
	}

	@Operation(summary = "One mission")
	@GetMapping("/{id}")
	MissionView get(@PathVariable UUID id) {
		return view(missions.get(id));
	}

	@Operation(summary = "Suspend, resume or close a mission from a date")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/status")
	ResponseEntity<StatusView> changeStatus(@PathVariable UUID id, @Valid @RequestBody ChangeStatus body) {
		return ResponseEntity.status(201).body(view(management.changeStatus(id, body.status(), body.effectiveOn(), body.reason())));
	}

	@Operation(summary = "The mission's status changes, oldest first")
	@GetMapping("/{id}/status")
	List<StatusView> statusHistory(@PathVariable UUID id) {
		missions.get(id);
		return missions.statusHistory(id).stream().map(this::view).toList();
	}

	@Operation(summary = "The mission's address, telephone, e-mail, web address and the day its head took up functions, as the diplomatic list publishes them")
	@GetMapping("/{id}/contact")
	MissionContact contact(@PathVariable UUID id) {
		missions.get(id);
		return contacts.of(id);
	}

	@Operation(summary = "Replace the mission's contact details: a part left out is removed")
	@PutMapping("/{id}/contact")
	MissionContact setContact(@PathVariable UUID id, @Valid @RequestBody MissionContact body) {
		return management.setContact(id, body);
	}

	@Operation(summary = "Set a ceiling from a date (00:00 in the receiving party's time zone), in all and optionally per staff category")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/ceilings")
	ResponseEntity<CeilingView> setCeiling(@PathVariable UUID id, @Valid @RequestBody SetCeiling body) {
		Ceiling ceiling = management.setCeiling(id, body.effectiveOn(), body.total(),
				body.categories() == null ? Map.of() : body.categories(), body.reason());
		return ResponseEntity.status(201).body(view(ceiling));
	}

	@Operation(summary = "The mission's ceilings in the order they take effect")
	@GetMapping("/{id}/ceilings")
	List<CeilingView> ceilings(@PathVariable UUID id) {
		missions.get(id);
		return ceilings.history(id).stream().map(this::view).toList();
	}

	private MissionView view(Mission mission) {
		return view(mission, missions.statusAt(mission.id(), OffsetDateTime.now(clock)).orElse(MissionStatus.ACTIVE));
	}

	private MissionView view(Mission mission, MissionStatus status) {
		return new MissionView(mission.id(), mission.sendingState(), mission.name(), mission.kind(), status,
				host.local(mission.recordedAt()));
	}

	private StatusView view(StatusChange change) {
		return new StatusView(change.status(), host.local(change.effectiveFrom()), change.reason(),
				host.local(change.recordedAt()), change.recordedBy());
	}

	private CeilingView view(Ceiling ceiling) {
		return new CeilingView(ceiling.id(), host.local(ceiling.effectiveFrom()), ceiling.total(), ceiling.categories(),
				ceiling.reason(), host.local(ceiling.recordedAt()), ceiling.recordedBy());
	}
}
