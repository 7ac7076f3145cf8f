package org.credence.credentials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.credence.registry.StaffCategory;
import org.credence.security.Actors;

/** The cards, their series and renewal requests; a mission administrator reads their own mission's only. */
@Repository
class Credentials {

	private static final String COLUMNS = """
			id, number, accreditation_id, person_id, mission_id, category, issued_at, expires_at, state, state_since,
			replaces, photo_type, recorded_at""";

	private final JdbcClient jdbc;

	private final Actors actors;

	Credentials(JdbcClient jdbc, Actors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/** The next number of the series, counted under the row's lock so that two issues never share one. */
	int nextInSeries(String prefix, int year) {
		return jdbc.sql("""
				insert into credential_series (prefix, year, last_number) values (:prefix, :year, 1)
				on conflict (prefix, year) do update set last_number = credential_series.last_number + 1
				returning last_number""")
			.param("prefix", prefix)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	void add(Credential c, byte[] photo) {
		jdbc.sql("insert into credential (" + COLUMNS + ", photo) values (:id, :number, :accreditation, :person, "
				+ ":mission, :category, :issued, :expires, :state, :since, :replaces, :photoType, :recorded, :photo)")
			.param("id", c.id())
			.param("number", c.number())
			.param("accreditation", c.accreditationId())
			.param("person", c.personId())
			.param("mission", c.missionId())
			.param("category", c.category().name())
			.param("issued", c.issuedAt())
			.param("expires", c.expiresAt())
			.param("state", c.state().name())
			.param("since", c.stateSince())
			.param("replaces", c.replaces())
			.param("photoType", c.photoType())
			.param("recorded", c.recordedAt())
			.param("photo", photo)
			.update();
	}

	void changeState(Credential c) {
		jdbc.sql("update credential set state = :state, state_since = :since where id = :id")
			.param("state", c.state().name())
			.param("since", c.stateSince())
			.param("id", c.id())
			.update();
	}

	void setPhoto(UUID id, byte[] photo, String type) {
		jdbc.sql("update credential set photo = :photo, photo_type = :type where id = :id")
			.param("photo", photo)
			.param("type", type)
			.param("id", id)
			.update();
	}

	/** The card, locked for a change, if the caller may see its mission. */
	Optional<Credential> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from credential where id = :id and " + scope() + " for update")
			.param("id", id)
			.params(scopeParams())
			.query(Credentials::row)
			.optional();
	}

	Optional<Credential> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from credential where id = :id and " + scope())
			.param("id", id)
			.params(scopeParams())
			.query(Credentials::row)
			.optional();
	}

	/** The card of that number, whoever asks: the public verification reads it. */
	Optional<Credential> byNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from credential where number = :number")
			.param("number", number)
			.query(Credentials::row)
			.optional();
	}

	Optional<byte[]> photo(UUID id) {
		return jdbc.sql("select photo from credential where id = :id and photo is not null")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** The cards of an accreditation, the latest first. */
	List<Credential> ofAccreditation(UUID accreditationId) {
		return jdbc.sql("select " + COLUMNS + " from credential where accreditation_id = :accreditation and " + scope()
				+ " order by recorded_at desc, number desc")
			.param("accreditation", accreditationId)
			.params(scopeParams())
			.query(Credentials::row)
			.list();
	}

	/** Cards in their holders' hands that expire from {@code from} (inclusive) to {@code until}, the soonest first. */
	List<Credential> expiring(OffsetDateTime from, OffsetDateTime until) {
		return jdbc.sql("select " + COLUMNS + " from credential where state = 'ISSUED' and expires_at >= :from "
				+ "and expires_at < :until and " + scope() + " order by expires_at, number")
			.param("from", from)
			.param("until", until)
			.params(scopeParams())
			.query(Credentials::row)
			.list();
	}

	/** Cards valid at that instant: issued by then, not yet expired, and still in hand then (out of use only later). */
	List<Credential> validAt(OffsetDateTime at) {
		return jdbc.sql("select " + COLUMNS + " from credential where issued_at <= :at and expires_at > :at "
				+ "and (state = 'ISSUED' or state_since > :at) and " + scope() + " order by number")
			.param("at", at)
			.params(scopeParams())
			.query(Credentials::row)
			.list();
	}

	/** Every card still in its holder's hands. */
	List<Credential> issued() {
		return jdbc.sql("select " + COLUMNS + " from credential where state = 'ISSUED' and " + scope())
			.params(scopeParams())
			.query(Credentials::row)
			.list();
	}

	/** Cards still in their holders' hands, of accreditations among those ids. */
	List<Credential> issuedFor(List<UUID> accreditationIds) {
		if (accreditationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from credential where state = 'ISSUED' "
				+ "and accreditation_id = any(:ids) and " + scope() + " order by number")
			.param("ids", accreditationIds.toArray(UUID[]::new))
			.params(scopeParams())
			.query(Credentials::row)
			.list();
	}

	void addRenewal(RenewalRequest r) {
		jdbc.sql("""
				insert into credential_renewal (id, credential_id, mission_id, requested_at, requested_by, reason)
				values (:id, :credential, :mission, :at, :by, :reason)""")
			.param("id", r.id())
			.param("credential", r.credentialId())
			.param("mission", r.missionId())
			.param("at", r.requestedAt())
			.param("by", r.requestedBy())
			.param("reason", r.reason())
			.update();
	}

	Optional<RenewalRequest> pendingRenewal(UUID credentialId) {
		return jdbc.sql("select * from credential_renewal where credential_id = :id and approved_at is null")
			.param("id", credentialId)
			.query(Credentials::renewal)
			.optional();
	}

	Optional<RenewalRequest> lockRenewal(UUID id) {
		return jdbc.sql("select * from credential_renewal where id = :id and " + scope() + " for update")
			.param("id", id)
			.params(scopeParams())
			.query(Credentials::renewal)
			.optional();
	}

	void approveRenewal(RenewalRequest r) {
		jdbc.sql("update credential_renewal set approved_at = :at, approved_by = :by, renewed_by = :renewed where id = :id")
			.param("at", r.approvedAt())
			.param("by", r.approvedBy())
			.param("renewed", r.renewedBy())
			.param("id", r.id())
			.update();
	}

	/** Renewal requests awaiting approval, the oldest first. */
	List<RenewalRequest> pendingRenewals() {
		return jdbc.sql("select * from credential_renewal where approved_at is null and " + scope()
				+ " order by requested_at")
			.params(scopeParams())
			.query(Credentials::renewal)
			.list();
	}

	private String scope() {
		return actors.missionScope().isPresent() ? "mission_id = :scope" : "true";
	}

	private Map<String, Object> scopeParams() {
		return actors.missionScope().<Map<String, Object>>map(m -> Map.of("scope", m))
			.orElse(Map.of());
	}

	private static Credential row(ResultSet rs, int n) throws SQLException {
		return new Credential(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("accreditation_id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getObject("mission_id", UUID.class), StaffCategory.valueOf(rs.getString("category")),
				rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
				CredentialState.valueOf(rs.getString("state")), rs.getObject("state_since", OffsetDateTime.class),
				rs.getObject("replaces", UUID.class), rs.getString("photo_type"),
				rs.getObject("recorded_at", OffsetDateTime.class));
	}

	private static RenewalRequest renewal(ResultSet rs, int n) throws SQLException {
		return new RenewalRequest(rs.getObject("id", UUID.class), rs.getObject("credential_id", UUID.class),
				rs.getObject("mission_id", UUID.class), rs.getObject("requested_at", OffsetDateTime.class),
				rs.getString("requested_by"), rs.getString("reason"), rs.getObject("approved_at", OffsetDateTime.class),
				rs.getString("approved_by"), rs.getObject("renewed_by", UUID.class));
	}
}
