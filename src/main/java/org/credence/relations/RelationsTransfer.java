package org.credence.relations;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relations register's section of a whole-registry document: the register's own export
 * document ({@link RegisterExchange}), imported after the registry's section, whose persons its
 * incidents name. The caller holds the transaction.
 */
@Service
public class RelationsTransfer {

	private final RegisterExchange exchange;

	private final JdbcClient jdbc;

	RelationsTransfer(RegisterExchange exchange, JdbcClient jdbc) {
		this.exchange = exchange;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public RegisterDocument export() {
		return exchange.export();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public boolean isEmpty() {
		return !jdbc.sql("select exists (select 1 from incident) or exists (select 1 from forum)").query(Boolean.class).single();
	}

	/** The incidents of the document, which decisions of the same document may cite. */
	public Set<UUID> incidentIds(RegisterDocument document) {
		return document.incidents().stream().map(RegisterDocument.IncidentEntry::id).collect(Collectors.toSet());
	}

	/** Checks the whole section against the registry as written so far, and writes it, or refuses naming each path. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void write(RegisterDocument document, String path) {
		exchange.importDocument(document, path);
	}
}
