package org.credence.problem;

import java.beans.PropertyEditorSupport;
import java.text.Normalizer;

/**
 * How a form's or a query's text is read: in Unicode's composed form (NFC), so that "é" typed as
 * one character or as "e" and an accent is the same name; where a blank field means "not given",
 * trimmed, and null when nothing is left.
 */
public class ComposedText extends PropertyEditorSupport {

	private final boolean blankIsAbsent;

	public ComposedText(boolean blankIsAbsent) {
		this.blankIsAbsent = blankIsAbsent;
	}

	static String composed(String text) {
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	@Override
	public void setAsText(String text) {
		String value = blankIsAbsent && text != null ? text.strip() : text;
		setValue(blankIsAbsent && value != null && value.isEmpty() ? null : composed(value));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}
}
