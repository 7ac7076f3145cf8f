package org.credence.decisions;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

import org.credence.host.Host;
import org.credence.host.States;
import org.credence.pages.FormStep;
import org.credence.registry.Registry;
import org.credence.registry.mission.Mission;
import org.credence.security.Actors;

/**
 * Everything the decision page shows, shared by the page and by every form on it, which show the
 * page again, with what was typed, when the procedure refuses.
 */
@Component
class DecisionPageModel {

	private final SilenceProcedure procedure;

	private final Decisions decisions;

	private final DecisionActs decisionActs;

	private final MemberAnswers memberAnswers;

	private final ActDescriptions descriptions;

	private final States states;

	private final Actors actors;

	private final FormStep step;

	private final CitedIncidents cited;

	private final IncidentCatalogue incidents;

	private final DecisionTitles titles;

	private final ImpactAssessment impact;

	private final ImpactWarnings impactWarnings;

	private final MeasureHistory history;

	private final Registry registry;

	private final Host host;

	DecisionPageModel(SilenceProcedure procedure, Decisions decisions, DecisionActs decisionActs,
			MemberAnswers memberAnswers, ActDescriptions descriptions, States states, Actors actors, FormStep step,
			CitedIncidents cited, IncidentCatalogue incidents, DecisionTitles titles, ImpactAssessment impact,
			ImpactWarnings impactWarnings, MeasureHistory history, Registry registry, Host host) {
		this.history = history;
		this.registry = registry;
		this.host = host;
		this.impact = impact;
		this.impactWarnings = impactWarnings;
		this.titles = titles;
		this.cited = cited;
		this.incidents = incidents;
		this.step = step;
		this.procedure = procedure;
		this.decisions = decisions;
		this.decisionActs = decisionActs;
		this.memberAnswers = memberAnswers;
		this.descriptions = descriptions;
		this.states = states;
		this.actors = actors;
	}

	private static final Set<DecisionStatus> WEIGHED = EnumSet.of(DecisionStatus.DRAFT, DecisionStatus.CIRCULATED,
			DecisionStatus.ADOPTED);

	/** A member state asked, by name, and its answer once given. */
	record AnswerRow(String state, String stateName, MemberAnswer answer) {
	}

	/** How the members have answered so far: silent means not (yet) answered. */
	record Counts(long concurred, long silent, long broke) {
	}

	/**
	 * Makes the change if the form is valid, then back to the decision (POST-redirect-GET); otherwise
	 * the decision page again, saying why. The change sets its own message.
	 */
	String submit(UUID id, String form, BindingResult result, Model model, Locale locale, Runnable change) {
		return step.submit(model, form, result, () -> {
			change.run();
			return "redirect:/decisions/" + id;
		}, () -> show(model, id, locale));
	}

	/** A form with no fields of its own (a button) that the procedure may still refuse. */
	static BindingResult button(String form) {
		return new MapBindingResult(new HashMap<>(), form);
	}

	String show(Model model, UUID id, Locale locale) {
		// Reading settles an outcome due by the deadline, so the page never shows a stale step.
		Decision decision = procedure.settle(id);
		List<MemberAnswer> answers = memberAnswers.of(id);
		String self = "/decisions/" + id;
		model.addAttribute("self", self);
		model.addAttribute("decision", decision);
		model.addAttribute("named", titles.of(id, locale).orElseThrow());
		model.addAttribute("takesEffect", decision.takesEffectAt());
		model.addAttribute("acts", descriptions.describe(decisionActs.of(id), locale));
		model.addAttribute("incidents", cited.citedBy(id).stream().map(incidents::find).flatMap(Optional::stream).toList());
		// Listed as the reader reads them: by the name shown, in the page's language's alphabetical order.
		Collator collator = Collator.getInstance(locale);
		model.addAttribute("answers", answers.stream()
			.map(answer -> new AnswerRow(answer.state(), stateName(answer.state(), locale), answer))
			.sorted(Comparator.comparing(AnswerRow::stateName, collator))
			.toList());
		model.addAttribute("counts", new Counts(count(answers, MemberAnswer.Answer.CONCUR),
				answers.stream().filter(answer -> answer.answer() == null).count(),
				count(answers, MemberAnswer.Answer.BREAK_SILENCE)));
		model.addAttribute("proposer", decision.proposedBy().equals(actors.current()));
		model.addAttribute("ownState", ownPendingState(decision, answers).map(state -> stateName(state, locale)).orElse(null));
		model.addAttribute("revision", decisions.revisionOf(id).orElse(null));
		// What it will do is weighed until it is done; a decision not adopted or withdrawn will do nothing.
		Impact effect = decision.appliedAt() == null && decision.applicationProblem() == null
				&& WEIGHED.contains(decision.status()) ? impact.assess(decision, null, null, locale) : null;
		model.addAttribute("impact", effect);
		model.addAttribute("impactWarnings", effect == null ? List.of() : impactWarnings.describe(effect, locale));
		model.addAttribute("precedents", effect == null ? List.of() : precedents(effect, locale));
		if (!model.containsAttribute("circulation")) {
			model.addAttribute("circulation", new DeadlineForm());
		}
		if (!model.containsAttribute("extension")) {
			model.addAttribute("extension", new DeadlineForm());
		}
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer", new AnswerForm());
		}
		if (!model.containsAttribute("answerFor")) {
			model.addAttribute("answerFor", null);
		}
		return "decision";
	}

	/** How like measures went before, for each sending state the decision concerns. */
	record Precedents(String state, String stateName, MeasureHistory.History history) {
	}

	private List<Precedents> precedents(Impact effect, Locale locale) {
		LocalDate day = host.localDate(effect.at());
		return registry.findMissions(effect.missions().stream().map(Impact.MissionEffect::missionId).toList())
			.values().stream()
			.map(Mission::sendingState)
			.distinct()
			.sorted()
			.map(state -> new Precedents(state, stateName(state, locale), history.before(state, day)))
			.toList();
	}

	/** Each listed decision's reference and title, as {@code names}, by id. */
	void names(Model model, List<Decision> listed, Locale locale) {
		model.addAttribute("names", titles.of(listed.stream().map(Decision::id).toList(), locale));
	}

	/** The caller's member state, if they are a delegate whose state was asked and has not answered yet. */
	private Optional<String> ownPendingState(Decision decision, List<MemberAnswer> answers) {
		if (decision.status() != DecisionStatus.CIRCULATED) {
			return Optional.empty();
		}
		return actors.memberState()
			.filter(state -> answers.stream().anyMatch(a -> a.state().equals(state) && a.answer() == null));
	}

	private String stateName(String code, Locale locale) {
		return states.find(code).map(state -> state.name(locale)).orElse(code);
	}

	private static long count(List<MemberAnswer> answers, MemberAnswer.Answer kind) {
		return answers.stream().filter(answer -> answer.answer() == kind).count();
	}
}
