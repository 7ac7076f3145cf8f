package org.credence.decisions;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;
import org.credence.host.HostTime;
import org.credence.problem.MultiLine;
import org.credence.registry.StaffCategory;

@Tag(name = "Decisions")
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

	private final DecisionDrafting drafting;

	private final SilenceProcedure procedure;

	private final DecisionActs decisionActs;

	private final MemberAnswers memberAnswers;

	private final EffectiveInstant effective;

	private final Host host;

	private final CitedIncidents cited;

	private final DecisionTitles titles;

	private final ImpactAssessment impact;

	private final Clock clock;

	DecisionController(DecisionDrafting drafting, SilenceProcedure procedure, DecisionActs decisionActs,
			MemberAnswers memberAnswers, EffectiveInstant effective, Host host, CitedIncidents cited,
			DecisionTitles titles, ImpactAssessment impact, Clock clock) {
		this.titles = titles;
		this.impact = impact;
		this.clock = clock;
		this.drafting = drafting;
		this.procedure = procedure;
		this.decisionActs = decisionActs;
		this.memberAnswers = memberAnswers;
		this.effective = effective;
		this.host = host;
		this.cited = cited;
	}

	/** categories: per-category limits of a ceiling, besides its total, e.g. {"DIPLOMATIC_AGENT": 6}. */
	record ActInput(@NotNull ActKind kind, UUID accreditationId, UUID missionId,
			@PositiveOrZero @Max(100000) Integer total, LocalDate departureDeadline, UUID personId,
			@Size(max = 5) Map<StaffCategory, @NotNull @Max(100000) Integer> categories) {
	}

	/** effectiveAt: the instant with its offset, as the API writes it; or effectiveDate and effectiveTime, local. */
	record Draft(@NotBlank(payload = MultiLine.class) @Size(max = 10000) String grounds,
			@NotBlank @Size(max = 100) String classification,
			OffsetDateTime effectiveAt, LocalDate effectiveDate,
			@Schema(description = "hh:mm or hh:mm:ss, the receiving party's time", example = "12:00") @Size(max = 8) String effectiveTime,
			Boolean effectiveEndOfMonth,
			@NotEmpty @Size(max = 500) List<@NotNull @Valid ActInput> acts, UUID replaces,
			@Size(max = 100) List<@NotNull UUID> incidents) {
	}

	/** The deadline with its offset as the API writes it, or as the receiving party's clocks show it (2021-10-20T12:00). */
	record Circulation(@Schema(description = HostTime.ACCEPTED) @NotNull OffsetDateTime deadline) {
	}

	/** A member state's answer in the silence procedure. */
	record StateAnswer(@NotNull MemberAnswer.Answer answer, @Size(max = 10000) String statement) {
	}

	record AnswerView(String state, MemberAnswer.Answer answer, String statement, OffsetDateTime answeredAt,
			String answeredBy) {
	}

	record DecisionView(UUID id, Authority authority, DecisionStatus status, String grounds, String classification,
			OffsetDateTime effectiveAt, String proposedBy, OffsetDateTime draftedAt, LocalDate circulatedOn,
			OffsetDateTime deadline, OffsetDateTime decidedAt, String signedBy, OffsetDateTime appliedAt,
			String applicationProblem, UUID replaces, int version, List<Act> acts, List<UUID> incidents,
			List<AnswerView> answers,
			@Schema(description = "Its readable reference, the same for all its versions, in English: "
					+ "\"Council decision 2021-7 (ceiling 10, 8 withdrawals)\"") String reference,
			@Schema(description = "What it does and whom it concerns, in English: "
					+ "\"Ceiling of 10 and 8 withdrawals — Mission of the Russian Federation\"") String title) {
	}

	@Operation(summary = "Draft a decision: acts, grounds, classification and effective instant (date and time in the "
			+ "receiving party's zone, or effectiveEndOfMonth; none: when adopted); replaces: the decision it revises")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<DecisionView> draft(@Valid @RequestBody Draft body) {
		List<Act> acts = body.acts().stream()
			.map(a -> new Act(a.kind(), a.accreditationId(), a.missionId(), a.total(), a.departureDeadline(),
					a.personId(), a.categories()))
			.toList();
		Decision decision = drafting.draft(body.grounds(), body.classification(),
				effective.of(body.effectiveAt(), body.effectiveDate(), body.effectiveTime(), body.effectiveEndOfMonth()), acts,
				body.replaces(), body.incidents() == null ? List.of() : body.incidents());
		return ResponseEntity.created(URI.create("/api/decisions/" + decision.id())).body(view(decision));
	}

	@Operation(summary = "Decisions at a step (DRAFT, CIRCULATED, ADOPTED, NOT_ADOPTED, WITHDRAWN; default all) "
			+ "concerning a mission or a person (directly or through an accreditation), newest first")
	@GetMapping
	List<DecisionView> list(@RequestParam(required = false) DecisionStatus status,
			@RequestParam(required = false) UUID mission, @RequestParam(required = false) UUID person) {
		return views(procedure.list(status, mission, person));
	}

	@Operation(summary = "A decision with its acts and the answer of each member state asked, and when")
	@GetMapping("/{id}")
	DecisionView get(@PathVariable UUID id) {
		return view(procedure.settle(id));
	}

	@Operation(summary = "What the decision will do, computed from the registry and not changing it: each act's result, "
			+ "each mission the moment before it takes effect and the moment after (after the other adopted decisions "
			+ "due by then), and warnings. at: another effective instant; knownAt: from what the registry knew at that "
			+ "record time (default now; for an applied decision, the moment before it was applied)")
	@GetMapping("/{id}/impact")
	Impact impact(@PathVariable UUID id,
			@Parameter(description = HostTime.ACCEPTED + " A date alone is 00:00 of that day.", schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String at,
			@Parameter(description = HostTime.ACCEPTED + " A date alone is 00:00 of that day.", schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String knownAt) {
		return impact.assess(id, HostTime.query("at", at, host, clock), HostTime.query("knownAt", knownAt, host, clock),
				Locale.ENGLISH);
	}

	@Operation(summary = "Circulate a council decision to the members of today, with a deadline")
	@PostMapping("/{id}/circulation")
	DecisionView circulate(@PathVariable UUID id, @Valid @RequestBody Circulation body) {
		return view(procedure.circulate(id, body.deadline()));
	}

	@Operation(summary = "Give the members more time: a later deadline, before the present one has passed (proposer only)")
	@PostMapping("/{id}/deadline")
	DecisionView extend(@PathVariable UUID id, @Valid @RequestBody Circulation body) {
		return view(procedure.extend(id, body.deadline()));
	}

	@Operation(summary = "Answer for the caller's member state: CONCUR, or BREAK_SILENCE with a statement")
	@PostMapping("/{id}/answers")
	DecisionView answer(@PathVariable UUID id, @Valid @RequestBody StateAnswer body) {
		return view(procedure.answer(id, body.answer(), body.statement()));
	}

	@Operation(summary = "Sign an executive decision: it is adopted")
	@PostMapping("/{id}/signature")
	DecisionView sign(@PathVariable UUID id) {
		return view(drafting.sign(id));
	}

	@Operation(summary = "Withdraw a draft, or a circulated decision before its deadline (its proposer only)")
	@PostMapping("/{id}/withdrawal")
	DecisionView withdraw(@PathVariable UUID id) {
		return view(drafting.withdraw(id));
	}

	private DecisionView view(Decision decision) {
		return views(List.of(decision)).get(0);
	}

	/** Their acts, answers and citations loaded for all of them at once: a list costs the same few queries however long. */
	private List<DecisionView> views(List<Decision> list) {
		List<UUID> ids = list.stream().map(Decision::id).toList();
		Map<UUID, List<Act>> acts = decisionActs.of(ids);
		Map<UUID, List<MemberAnswer>> answers = memberAnswers.of(ids);
		Map<UUID, List<UUID>> incidents = cited.citedBy(ids);
		// The API speaks English, as its problem details do; the pages name decisions in the reader's language.
		Map<UUID, DecisionTitles.Named> names = titles.of(ids, Locale.ENGLISH);
		return list.stream().map(d -> new DecisionView(d.id(), d.authority(), d.status(), d.grounds(), d.classification(),
				host.local(d.effectiveAt()), d.proposedBy(), host.local(d.draftedAt()), d.circulatedOn(),
				host.local(d.deadline()), host.local(d.decidedAt()), d.signedBy(), host.local(d.appliedAt()),
				d.applicationProblem(), d.replaces(), d.version(), acts.getOrDefault(d.id(), List.of()),
				incidents.getOrDefault(d.id(), List.of()), answers.getOrDefault(d.id(), List.<MemberAnswer>of()).stream()
					.map(a -> new AnswerView(a.state(), a.answer(), a.statement(), host.local(a.answeredAt()), a.answeredBy()))
					.toList(), names.get(d.id()).reference(), names.get(d.id()).title()))
			.toList();
	}
}
