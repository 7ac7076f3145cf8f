package org.credence.decisions;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.InvalidField;
import org.credence.registry.RegistrySection;

/**
 * The decisions' section of a whole-registry document: exported as recorded, and imported, once
 * checked against the document's registry and register, where there is no decision yet. The
 * caller holds the transaction.
 */
@Service
public class DecisionsTransfer {

	private final DecisionsSectionRows rows;

	private final DecisionsSectionCheck rules;

	private final DecisionsSectionWriter writer;

	private final JdbcClient jdbc;

	DecisionsTransfer(DecisionsSectionRows rows, DecisionsSectionCheck rules, DecisionsSectionWriter writer,
			JdbcClient jdbc) {
		this.rows = rows;
		this.rules = rules;
		this.writer = writer;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public DecisionsSection export() {
		return rows.all();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public boolean isEmpty() {
		return !jdbc.sql("select exists (select 1 from decision)").query(Boolean.class).single();
	}

	/** What is wrong with the section, each field named after {@code path}; it must already have its shape. */
	public List<InvalidField> check(DecisionsSection section, String path, RegistrySection registry,
			Set<UUID> incidents) {
		return rules.check(section, path, registry, incidents);
	}

	/** Writes the section; the incidents it cites must be written before. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void write(DecisionsSection section) {
		writer.write(section);
	}
}
