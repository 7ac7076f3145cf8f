package org.credence.screening.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.relations.PersonsInIncidents;

/** The lists screened against and their versions, as the API shows them. */
@Service
class ListViews {

	/** The registry's own record is screened against too, but kept by the registry, not imported. */
	static final String REGISTRY = "registry";

	private static final String REGISTRY_NAME = "The registry's own record: persons withdrawn, refused or declared not "
			+ "acceptable, and persons linked to incidents";

	private final JdbcClient jdbc;

	private final ListVersions versions;

	private final Registry registry;

	private final PersonsInIncidents incidents;

	ListViews(JdbcClient jdbc, ListVersions versions, Registry registry, PersonsInIncidents incidents) {
		this.registry = registry;
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.versions = versions;
	}

	@Schema(name = "WatchList", description = "A list screened against, with its current version (null while none "
			+ "was imported, and for the registry's own record, which is not imported)")
	record Overview(@Schema(example = "ofac-sdn") String id, String name, ListVersion current,
			@Schema(description = "For the registry's own record only: the persons in it") Integer persons) {
	}

	@Transactional(readOnly = true)
	List<Overview> lists() {
		Map<String, ListVersion> current = versions.current();
		List<Overview> lists = new ArrayList<>(jdbc.sql("select id, name from watch_list order by id")
			.query((rs, row) -> new Overview(rs.getString("id"), rs.getString("name"), current.get(rs.getString("id")),
					null))
			.list());
		lists.add(new Overview(REGISTRY, REGISTRY_NAME, null, registry.ownRecord(incidents.all()).size()));
		return lists;
	}

	/** The list's versions, the latest first; none for the registry's own record. */
	List<ListVersion> versions(String list) {
		if (REGISTRY.equals(list)) {
			return List.of();
		}
		return versions.of(known(list).id());
	}

	ListVersion version(String list, UUID id) {
		return versions.find(known(list).id(), id).orElseThrow(() -> ProblemException.notFound("list version", id));
	}

	private static WatchList known(String list) {
		return WatchList.byId(list).orElseThrow(() -> ProblemException.notFound("watch list", list));
	}
}
