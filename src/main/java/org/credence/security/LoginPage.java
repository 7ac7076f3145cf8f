package org.credence.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; after a refusal, why (without saying whether the name exists), and for how long. */
@Controller
class LoginPage {

	private final Clock clock;

	LoginPage(Clock clock) {
		this.clock = clock;
	}

	/** Spring Security keeps the last refusal in the session and comes back with {@code ?error}. */
	@GetMapping("/login")
	String show(HttpServletRequest request, HttpSession session, Model model) {
		boolean failed = request.getParameterMap().containsKey("error");
		if (failed && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginRefused refused) {
			model.addAttribute("refusal", "login." + refused.reason().name().toLowerCase());
			long seconds = refused.until() == null ? 0 : Duration.between(clock.instant(), refused.until()).toSeconds();
			model.addAttribute("wait", Math.max(1, (seconds + 59) / 60));
			model.addAttribute("waitSeconds", Math.max(1, seconds));
		}
		model.addAttribute("self", "/login");
		return "login";
	}
}
