package org.credence.host;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Receiving party")
@RestController
@RequestMapping("/api")
class HostController {

	private final Host host;

	private final States states;

	private final Clock clock;

	HostController(Host host, States states, Clock clock) {
		this.host = host;
		this.states = states;
		this.clock = clock;
	}

	record HostView(String nameEn, String nameFr, Host.Kind kind, String timeZone, LocalDate membersOn,
			List<MemberView> members) {
	}

	record MemberView(String state, String nameEn, String nameFr, LocalDate joined, LocalDate left) {
	}

	@Operation(summary = "The receiving party and its member states on a day (default today)")
	@GetMapping("/host")
	HostView host(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate membersOn) {
		LocalDate day = membersOn != null ? membersOn : LocalDate.now(clock.withZone(host.timeZone()));
		List<MemberView> members = host.membersOn(day).stream().map(member -> {
			State state = states.find(member.state()).orElseThrow();
			return new MemberView(member.state(), state.nameEn(), state.nameFr(), member.joined(), member.left());
		}).toList();
		return new HostView(host.nameEn(), host.nameFr(), host.kind(), host.timeZone().getId(), day, members);
	}

	@Operation(summary = "ISO 3166-1 states: alpha-3 code, English and French names")
	@GetMapping("/states")
	List<State> states() {
		return states.all();
	}
}
