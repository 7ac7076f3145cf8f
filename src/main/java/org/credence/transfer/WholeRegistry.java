package org.credence.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.decisions.DecisionsTransfer;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.registry.RegistryTransfer;
import org.credence.relations.RelationsTransfer;

/**
 * Export and import of the whole registry. An import goes into an empty registry only, since ids
 * and history are kept as they are; the whole document is checked before any of it is written,
 * then written in one transaction and journaled as one import.
 */
@Service
class WholeRegistry {

	private final RegistryTransfer registry;

	private final DecisionsTransfer decisions;

	private final RelationsTransfer relations;

	private final Validator validator;

	private final Journal journal;

	private final Clock clock;

	WholeRegistry(RegistryTransfer registry, DecisionsTransfer decisions, RelationsTransfer relations,
			Validator validator, Journal journal, Clock clock) {
		this.registry = registry;
		this.decisions = decisions;
		this.relations = relations;
		this.validator = validator;
		this.journal = journal;
		this.clock = clock;
	}

	@Schema(name = "RegistryImported", description = "How many records of each kind the import wrote")
	record Imported(int missions, int persons, int accreditations, int decisions, int incidents, int forums) {
	}

	@Transactional(readOnly = true)
	TransferDocument export() {
		return new TransferDocument(TransferDocument.FORMAT, OffsetDateTime.now(clock), registry.export(),
				decisions.export(), relations.export());
	}

	@Transactional
	Imported importDocument(TransferDocument document) {
		if (!registry.isEmpty() || !decisions.isEmpty() || !relations.isEmpty()) {
			throw new ProblemException(ProblemKind.CONFLICT, "The registry already holds missions, persons, decisions "
					+ "or incidents: a whole registry is imported into an empty one only.").saying("not-empty");
		}
		List<InvalidField> invalid = new ArrayList<>();
		validator.validate(document).forEach(v -> invalid
			.add(new InvalidField(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage())));
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		invalid.addAll(registry.check(document.registry(), "registry."));
		invalid.addAll(decisions.check(document.decisions(), "decisions.", document.registry(),
				relations.incidentIds(document.relations())));
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		registry.write(document.registry());
		// The register's incidents name the persons just written, and decisions cite its incidents.
		relations.write(document.relations(), "relations.");
		decisions.write(document.decisions());
		Imported imported = new Imported(document.registry().missions().size(), document.registry().persons().size(),
				document.registry().accreditations().size(), document.decisions().decisions().size(),
				document.relations().incidents().size(), document.relations().forums().size());
		journal.append("registry.imported", "registry", document.format(), imported);
		return imported;
	}
}
