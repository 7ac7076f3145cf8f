package org.credence.security;

import java.beans.PropertyEditorSupport;
import java.util.List;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Passwords are bound as typed, not trimmed nor put in composed form as the other fields of a form
 * are: the login compares a password with the one set, character for character. Only an empty one
 * is none (on the user form, the current one is kept).
 */
@ControllerAdvice(assignableTypes = { UsersPage.class, PasswordPage.class })
class PasswordFields {

	private static final List<String> FIELDS = List.of("password", "currentPassword", "newPassword", "repeatedPassword");

	@InitBinder
	void asTyped(WebDataBinder binder) {
		FIELDS.forEach(field -> binder.registerCustomEditor(String.class, field, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}
		}));
	}
}
