package org.credence.problem;

import java.util.Arrays;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * What {@code @NotBlank} means in this registry (it replaces the standard check, see
 * {@code META-INF/constraints.xml}): a visible character, not only spaces; zero-width, joiner, byte
 * order mark and other format characters do not count, or a name would list as a blank line. And
 * no control character other than tab in any such text: a terminal escape or a bell has no place in
 * a name, a title or grounds; line breaks only in a text marked {@link MultiLine}.
 */
public class VisibleText implements ConstraintValidator<NotBlank, CharSequence> {

	private boolean lines;

	@Override
	public void initialize(NotBlank constraint) {
		lines = Arrays.asList(constraint.payload()).contains(MultiLine.class);
	}

	/** Letters Unicode calls letters that show as nothing: Hangul fillers, the braille blank. */
	private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		if (text == null || text.toString().isBlank()) {
			return false;
		}
		String problem = problem(text, lines);
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
		return false;
	}

	/**
	 * What is wrong with a text that is not blank, as {@code @NotBlank} says it, or null; also what
	 * {@link OptionalText} says of a text given.
	 *
	 * @param lines whether the text may take several lines
	 */
	static String problem(CharSequence text, boolean lines) {
		return text.codePoints().anyMatch(VisibleText::control) ? "must not contain control characters"
				: !lines && text.codePoints().anyMatch(c -> c == '\n' || c == '\r') ? "must be on one line"
				: text.codePoints().noneMatch(VisibleText::visible) ? "must have a visible character" : null;
	}

	static boolean control(int c) {
		return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
	}

	static boolean visible(int c) {
		int type = Character.getType(c);
		return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !BLANK_LETTERS.contains(c)
				&& type != Character.FORMAT && type != Character.CONTROL && type != Character.NON_SPACING_MARK
				&& type != Character.ENCLOSING_MARK && type != Character.UNASSIGNED;
	}
}
