package org.credence.registry.accreditation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.credence.problem.ProblemException;
import org.credence.registry.StaffCategory;

@Tag(name = "Staff categories")
@RestController
class CountedCategoriesController {

	private final CountedCategories counting;

	CountedCategoriesController(CountedCategories counting) {
		this.counting = counting;
	}

	record StaffCategoryCounting(StaffCategory category, boolean countsTowardCeiling) {
	}

	record CountingChange(@NotNull Boolean countsTowardCeiling) {
	}

	@Operation(summary = "Each staff category and whether its positions count toward a mission's ceilings")
	@GetMapping("/api/staff-categories")
	List<StaffCategoryCounting> categories() {
		return views(counting.counted());
	}

	/** The category is a record addressed by its code: one that does not exist is not found, as an unknown id is. */
	@Operation(summary = "Whether the category's positions count toward ceilings from now on; positions already approved stay approved")
	@PutMapping("/api/staff-categories/{category}")
	List<StaffCategoryCounting> change(@PathVariable String category, @Valid @RequestBody CountingChange body) {
		StaffCategory known = Arrays.stream(StaffCategory.values())
			.filter(c -> c.name().equals(category))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("staff category", category));
		return views(counting.count(known, body.countsTowardCeiling()));
	}

	private static List<StaffCategoryCounting> views(Set<StaffCategory> counted) {
		return Arrays.stream(StaffCategory.values())
			.map(category -> new StaffCategoryCounting(category, counted.contains(category)))
			.toList();
	}
}
