package org.credence.pages;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import org.credence.problem.ComposedText;

/** How the forms of a page marked {@link BlankIsAbsent} read what was typed; their failures are the shared page problems'. */
@ControllerAdvice(annotations = BlankIsAbsent.class)
class FormsAdvice {

	/** A blank field means "not given": optional values become null, required ones fail @NotBlank/@NotNull; text is composed (NFC). */
	@InitBinder
	void blankIsAbsent(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new ComposedText(true));
	}
}
