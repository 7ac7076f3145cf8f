package org.credence.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.credence.host.Host;
import org.credence.registry.PublishedChange;
import org.credence.registry.Registry;

/**
 * The published changes since a day (30 days before today in the receiving party's zone unless
 * {@code since} says), as an Atom feed, the latest first and at most {@link #MOST}. The ETag is the
 * document's digest rather than its newest instant: a change notified late takes effect in the past,
 * and must still count as new to a reader who polls.
 */
@RestController
class ChangesFeed {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int MOST = 200;

	static final int DEFAULT_DAYS = 30;

	private final Registry registry;

	private final PublicationSettings settings;

	private final AtomFeed atom;

	private final Host host;

	private final Clock clock;

	ChangesFeed(Registry registry, PublicationSettings settings, AtomFeed atom, Host host, Clock clock) {
		this.registry = registry;
		this.settings = settings;
		this.atom = atom;
		this.host = host;
		this.clock = clock;
	}

	@GetMapping("/public/diplomatic-list/changes.atom")
	ResponseEntity<byte[]> changes(@RequestParam(required = false) LocalDate since, Locale locale,
			HttpServletRequest request, WebRequest web) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime from = host.startOf(since != null ? since : host.localDate(now).minusDays(DEFAULT_DAYS));
		List<PublishedChange> changes = registry.publishedChanges(from, now, settings.categories(), MOST);
		String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
		String list = ServletUriComponentsBuilder.fromContextPath(request).path("/public/diplomatic-list").toUriString();
		byte[] body = atom.write(changes, from, self, list, locale);
		String etag = "\"" + digest(body) + "\"";
		if (web.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok().contentType(ATOM).eTag(etag).body(body);
	}

	private static String digest(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}
}
