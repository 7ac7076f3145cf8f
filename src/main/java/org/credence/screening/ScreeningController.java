package org.credence.screening;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.MultiLine;
import org.credence.registry.person.BirthDate;
import org.credence.screening.matching.Query;

@Tag(name = "Screening")
@RestController
@RequestMapping("/api/screening")
class ScreeningController {

	private static final int QUEUE_READ = 10_000;

	private final ManualChecks manual;

	private final HitReview review;

	private final ReasonTexts reasons;

	ScreeningController(ManualChecks manual, HitReview review, ReasonTexts reasons) {
		this.manual = manual;
		this.review = review;
		this.reasons = reasons;
	}

	record NameCheck(@NotBlank @Size(max = 300) String name,
			@Size(max = 20) List<@NotBlank @Size(max = 300) String> otherNames,
			@Pattern(regexp = BirthDate.PATTERN, message = "must be written yyyy, yyyy-mm or yyyy-mm-dd") String birthDate,
			@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as RUS") String nationality) {
	}

	/** list: ofac-sdn, un-consolidated or registry; entry: the list's own reference; name: the entry's main name. */
	record FoundEntry(String list, String entry, String name, String matchedName, BigDecimal score,
			List<String> reasons) {
	}

	record NameCheckAnswer(UUID check, double threshold, List<FoundEntry> hits) {
	}

	/** personId: null for a manual check; state: OPEN, CLEARED or CONFIRMED. */
	record HitView(UUID id, UUID personId, String list, String entry, String entryName, String queryName,
			String matchedName, BigDecimal score, List<String> reasons, HitState state, OffsetDateTime decidedAt,
			String decidedBy, String decisionReason) {
	}

	record Decision(@NotBlank(payload = MultiLine.class) @Size(max = 2000) String reason) {
	}

	@Operation(summary = "Screen a name (and what else is known) against every list; hits at or above the threshold, or minScore, best first")
	@PostMapping("/checks")
	NameCheckAnswer check(@Valid @RequestBody NameCheck body,
			@RequestParam(required = false) @DecimalMin("0") @DecimalMax("1") Double minScore) {
		List<String> names = new java.util.ArrayList<>(List.of(body.name()));
		if (body.otherNames() != null) {
			names.addAll(body.otherNames());
		}
		Query query = new Query(names, RegistryNames.birth(body.birthDate()),
				body.nationality(), null);
		ManualChecks.Answer answer = manual.check(query, minScore);
		return new NameCheckAnswer(answer.check(), answer.threshold(), answer.hits().stream()
			.map(hit -> new FoundEntry(hit.list(), hit.entry(), hit.entryName(), hit.matchedName(), hit.score(),
					reasons.said(hit.reasons())))
			.toList());
	}

	/** Paged like every list (limit, page), from the 10,000 highest open hits at most. */
	@Operation(summary = "Open hits of persons of the registry, highest score first")
	@GetMapping("/hits")
	List<HitView> queue() {
		return review.queue(QUEUE_READ).stream().map(this::view).toList();
	}

	@Operation(summary = "One hit, open or decided")
	@GetMapping("/hits/{id}")
	HitView hit(@PathVariable UUID id) {
		return view(review.hit(id));
	}

	@Operation(summary = "Decide that the person is not the one the list names")
	@PostMapping("/hits/{id}/clearance")
	HitView clear(@PathVariable UUID id, @Valid @RequestBody Decision body) {
		return view(review.clear(id, body.reason()));
	}

	@Operation(summary = "Confirm that the person is the one the list names; their approval is refused from then on")
	@PostMapping("/hits/{id}/confirmation")
	HitView confirm(@PathVariable UUID id, @Valid @RequestBody Decision body) {
		return view(review.confirm(id, body.reason()));
	}

	private HitView view(Hit hit) {
		return new HitView(hit.id(), hit.personId(), hit.list(), hit.entry(), hit.entryName(), hit.queryName(),
				hit.matchedName(), hit.score(), reasons.said(hit.reasons()), hit.state(), hit.decidedAt(), hit.decidedBy(),
				hit.decisionReason());
	}
}
