package org.credence.notices;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.credence.host.Host;

@Tag(name = "Notices")
@RestController
@RequestMapping("/api/notices")
class NoticeController {

	private final Inbox inbox;

	private final NoticeText text;

	private final Host host;

	NoticeController(Inbox inbox, NoticeText text, Host host) {
		this.inbox = inbox;
		this.text = text;
		this.host = host;
	}

	record NoticeView(UUID id, NoticeKind kind, UUID decisionId, Map<String, String> parameters, String text,
			OffsetDateTime createdAt, OffsetDateTime readAt) {
	}

	record InboxView(int unread, List<NoticeView> notices) {
	}

	@Operation(summary = "Your notices, newest first (the " + Inbox.SHOWN + " newest), and how many are unread")
	@GetMapping
	InboxView list(Locale locale) {
		return new InboxView(inbox.unread(), inbox.notices().stream().map(n -> view(n, locale)).toList());
	}

	@Operation(summary = "Mark one of your notices read (someone else's is not found)")
	@PostMapping("/{id}/read")
	NoticeView read(@PathVariable UUID id, Locale locale) {
		return view(inbox.markRead(id), locale);
	}

	private NoticeView view(Notice n, Locale locale) {
		return new NoticeView(n.id(), n.kind(), n.decision(), n.parameters(), text.of(n, locale),
				host.local(n.createdAt()), host.local(n.readAt()));
	}
}
