package org.credence.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

/**
 * The registry's section of a whole-registry document: exported as recorded, and imported, once
 * checked, into a registry holding no mission and no person. The caller holds the transaction.
 */
@Service
public class RegistryTransfer {

	private final RegistrySectionRows rows;

	private final RegistrySectionCheck rules;

	private final RegistrySectionWriter writer;

	private final JdbcClient jdbc;

	RegistryTransfer(RegistrySectionRows rows, RegistrySectionCheck rules, RegistrySectionWriter writer, JdbcClient jdbc) {
		this.rows = rows;
		this.rules = rules;
		this.writer = writer;
		this.jdbc = jdbc;
	}

	/** Refused while the registry holds households, which the document does not carry yet: none is lost unseen. */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistrySection export() {
		if (jdbc.sql("select exists (select 1 from household_link) or exists (select 1 from accreditation_tie)")
			.query(Boolean.class)
			.single()) {
			throw new ProblemException(ProblemKind.CONFLICT, "The registry holds households (members of a household or "
					+ "private servants tied to their principal), which a whole-registry document does not carry yet: "
					+ "it is not exported, so that no tie is lost.")
				.saying("households");
		}
		return rows.all();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public boolean isEmpty() {
		return !jdbc.sql("select exists (select 1 from mission) or exists (select 1 from person)")
			.query(Boolean.class)
			.single();
	}

	/** What is wrong with the section, each field named after {@code path}; it must already have its shape. */
	public List<InvalidField> check(RegistrySection section, String path) {
		return rules.check(section, path);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void write(RegistrySection section) {
		writer.write(section);
	}
}
