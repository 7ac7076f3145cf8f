package org.credence.registry.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once on the page a successful form redirects to, as a message key and its arguments. */
record Flash(String key, Object[] args) {

	static void say(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, args));
	}
}
