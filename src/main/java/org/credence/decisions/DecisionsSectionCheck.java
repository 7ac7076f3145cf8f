package org.credence.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.credence.decisions.DecisionsSection.ActEntry;
import org.credence.decisions.DecisionsSection.DecisionEntry;
import org.credence.decisions.DecisionsSection.MemberEntry;
import org.credence.problem.InvalidField;
import org.credence.registry.RegistrySection;

/**
 * The rules a decisions section must keep beyond its shape: each decision once with its own
 * reference, versions in one line, acts naming records of the document's registry, answers as the
 * silence procedure gives them, and cited incidents of the document's register.
 */
@Component
class DecisionsSectionCheck {

	private final JdbcClient jdbc;

	DecisionsSectionCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<InvalidField> check(DecisionsSection section, String path, RegistrySection registry, Set<UUID> incidents) {
		List<InvalidField> invalid = new ArrayList<>();
		Set<String> states = new HashSet<>(jdbc.sql("select code from state").query(String.class).list());
		Map<UUID, DecisionEntry> byId = new HashMap<>();
		Set<String> references = new HashSet<>();
		Set<UUID> revised = new HashSet<>();
		for (int i = 0; i < section.decisions().size(); i++) {
			String at = path + "decisions[" + i + "].";
			DecisionEntry d = section.decisions().get(i);
			if (d.replaces() != null) {
				DecisionEntry previous = byId.get(d.replaces());
				if (previous == null || previous.version() + 1 != d.version() || !revised.add(d.replaces())) {
					invalid.add(new InvalidField(at + "replaces", "must be an earlier decision of the document, of the "
							+ "version before, revised once only"));
				}
			}
			else if (d.version() != 1) {
				invalid.add(new InvalidField(at + "version", "must be 1 for a decision that replaces none"));
			}
			if (byId.putIfAbsent(d.id(), d) != null) {
				invalid.add(new InvalidField(at + "id", "is the id of an earlier decision of the document"));
			}
			if (!references.add(d.authority() + " " + d.referenceYear() + "-" + d.referenceNumber() + " v" + d.version())) {
				invalid.add(new InvalidField(at + "referenceNumber", "is the reference of an earlier decision of the document"));
			}
			if (d.appliedAt() != null && d.status() != DecisionStatus.ADOPTED) {
				invalid.add(new InvalidField(at + "appliedAt", "must be null unless the decision is ADOPTED"));
			}
			for (int a = 0; a < d.acts().size(); a++) {
				act(d.acts().get(a), at + "acts[" + a + "].", registry, invalid);
			}
			Set<String> asked = new HashSet<>();
			for (int m = 0; m < d.members().size(); m++) {
				member(d.members().get(m), at + "members[" + m + "].", states, asked, invalid);
			}
			for (int c = 0; c < d.incidents().size(); c++) {
				if (!incidents.contains(d.incidents().get(c))) {
					invalid.add(new InvalidField(at + "incidents[" + c + "]", "is not an incident of the document"));
				}
			}
		}
		return invalid;
	}

	private static void act(ActEntry act, String at, RegistrySection registry, List<InvalidField> invalid) {
		if (act.kind().concernsMission()) {
			refers(registry.missionIds(), act.missionId(), at + "missionId", "a mission", invalid);
		}
		else if (act.kind().concernsPerson()) {
			refers(registry.personIds(), act.personId(), at + "personId", "a person", invalid);
		}
		else {
			refers(registry.accreditationIds(), act.accreditationId(), at + "accreditationId", "an accreditation", invalid);
		}
		if (act.kind() == ActKind.SET_CEILING && act.total() == null) {
			invalid.add(new InvalidField(at + "total", "must be given for a ceiling"));
		}
		if (act.kind() == ActKind.WITHDRAW && act.departureDeadline() == null) {
			invalid.add(new InvalidField(at + "departureDeadline", "must be given for a withdrawal"));
		}
	}

	private static void member(MemberEntry member, String at, Set<String> states, Set<String> asked,
			List<InvalidField> invalid) {
		if (!states.contains(member.state()) || !asked.add(member.state())) {
			invalid.add(new InvalidField(at + "state", "must be a state the registry knows, once per decision"));
		}
		if ((member.answer() == null) != (member.answeredAt() == null)) {
			invalid.add(new InvalidField(at + "answeredAt", "must be given with an answer, and only then"));
		}
		if (member.answer() == MemberAnswer.Answer.BREAK_SILENCE && (member.statement() == null || member.statement().isBlank())) {
			invalid.add(new InvalidField(at + "statement", "must be given when silence is broken"));
		}
	}

	private static void refers(Set<UUID> ids, UUID id, String field, String what, List<InvalidField> invalid) {
		if (id == null || !ids.contains(id)) {
			invalid.add(new InvalidField(field, "must be " + what + " of the document"));
		}
	}
}
