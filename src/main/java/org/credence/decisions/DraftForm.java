package org.credence.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.credence.problem.MultiLine;
import org.credence.registry.StaffCategory;

/**
 * The workspace's draft form for one mission, one person, or both: its acts are rows of that form
 * (a declaration of non-acceptability about the person or its lifting, the active accreditations to
 * withdraw, a decision on each pending request, a ceiling with its per-category limits, a measure
 * against the mission), so that a decision of several acts is drafted in one page without scripts.
 * The incidents it cites as grounds are chosen from the relations register.
 */
class DraftForm {

	private UUID mission;

	private UUID personId;

	/** DECLARE_NOT_ACCEPTABLE or LIFT_NOT_ACCEPTABLE about the person, or none. */
	private ActKind personAct;

	@NotBlank(payload = MultiLine.class)
	@Size(max = 10000)
	private String grounds;

	@NotBlank
	@Size(max = 100)
	private String classification;

	private List<UUID> withdraw = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate departureDeadline;

	/** Request id to APPROVE or REFUSE; none for a request left alone. */
	private Map<String, ActKind> requests = new LinkedHashMap<>();

	@PositiveOrZero
	@Max(100000)
	private Integer total;

	/** Per-category limits of the ceiling; a category left empty has none. */
	private Map<StaffCategory, @PositiveOrZero @Max(100000) Integer> categories = new EnumMap<>(StaffCategory.class);

	/** SUSPEND_MISSION, RESUME_MISSION or CLOSE_MISSION, or none. */
	private ActKind measure;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveDate;

	@Size(max = 5)
	private String effectiveTime;

	private boolean effectiveEndOfMonth;

	private UUID replaces;

	@Size(max = 100)
	private List<UUID> incidents = new ArrayList<>();

	/** The acts the rows ask for, in the order of the form. */
	List<Act> acts() {
		List<Act> acts = new ArrayList<>();
		if (personAct != null) {
			// Only a declaration withdraws a position, so only it has a departure deadline.
			acts.add(new Act(personAct, null, null, null,
					personAct == ActKind.DECLARE_NOT_ACCEPTABLE ? departureDeadline : null, personId, Map.of()));
		}
		withdraw.forEach(id -> acts.add(new Act(ActKind.WITHDRAW, id, null, null, departureDeadline)));
		requests.forEach((id, kind) -> {
			if (kind != null) {
				acts.add(new Act(kind, UUID.fromString(id), null, null, null));
			}
		});
		Map<StaffCategory, Integer> limits = new EnumMap<>(StaffCategory.class);
		categories.forEach((category, max) -> {
			if (max != null) {
				limits.put(category, max);
			}
		});
		if (total != null || !limits.isEmpty()) {
			acts.add(new Act(ActKind.SET_CEILING, null, mission, total, null, null, limits));
		}
		if (measure != null) {
			acts.add(new Act(measure, null, mission, null, null));
		}
		return acts;
	}

	public UUID getMission() {
		return mission;
	}

	public void setMission(UUID mission) {
		this.mission = mission;
	}

	public UUID getPersonId() {
		return personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public ActKind getPersonAct() {
		return personAct;
	}

	public void setPersonAct(ActKind personAct) {
		this.personAct = personAct;
	}

	public String getGrounds() {
		return grounds;
	}

	public void setGrounds(String grounds) {
		this.grounds = grounds;
	}

	public String getClassification() {
		return classification;
	}

	public void setClassification(String classification) {
		this.classification = classification;
	}

	public List<UUID> getWithdraw() {
		return withdraw;
	}

	public void setWithdraw(List<UUID> withdraw) {
		this.withdraw = withdraw == null ? new ArrayList<>() : withdraw;
	}

	public LocalDate getDepartureDeadline() {
		return departureDeadline;
	}

	public void setDepartureDeadline(LocalDate departureDeadline) {
		this.departureDeadline = departureDeadline;
	}

	public Map<String, ActKind> getRequests() {
		return requests;
	}

	public void setRequests(Map<String, ActKind> requests) {
		this.requests = requests;
	}

	public Integer getTotal() {
		return total;
	}

	public void setTotal(Integer total) {
		this.total = total;
	}

	public Map<StaffCategory, Integer> getCategories() {
		return categories;
	}

	public void setCategories(Map<StaffCategory, Integer> categories) {
		this.categories = categories == null ? new EnumMap<>(StaffCategory.class) : categories;
	}

	public ActKind getMeasure() {
		return measure;
	}

	public void setMeasure(ActKind measure) {
		this.measure = measure;
	}

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(LocalDate effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public String getEffectiveTime() {
		return effectiveTime;
	}

	public void setEffectiveTime(String effectiveTime) {
		this.effectiveTime = effectiveTime;
	}

	public boolean isEffectiveEndOfMonth() {
		return effectiveEndOfMonth;
	}

	public void setEffectiveEndOfMonth(boolean effectiveEndOfMonth) {
		this.effectiveEndOfMonth = effectiveEndOfMonth;
	}

	public UUID getReplaces() {
		return replaces;
	}

	public void setReplaces(UUID replaces) {
		this.replaces = replaces;
	}

	public List<UUID> getIncidents() {
		return incidents;
	}

	public void setIncidents(List<UUID> incidents) {
		this.incidents = incidents == null ? new ArrayList<>() : incidents;
	}
}
