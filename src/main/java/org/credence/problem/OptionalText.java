package org.credence.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text that may be left out (a fact, an address, grounds) but, when given, is held to the rules of
 * every {@code @NotBlank} text ({@link VisibleText}): a visible character, no control character, one
 * line unless marked {@link MultiLine}. A form binds a blank field as absent, so what is given is
 * never only spaces.
 */
@Documented
@Constraint(validatedBy = OptionalText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionalText {

	String message() default "must have a visible character";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** What is wrong with a text given, said as {@code @NotBlank} says it of a text that must be. */
	class Check implements ConstraintValidator<OptionalText, CharSequence> {

		private boolean lines;

		@Override
		public void initialize(OptionalText constraint) {
			lines = Arrays.asList(constraint.payload()).contains(MultiLine.class);
		}

		@Override
		public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
			String problem = text == null ? null : VisibleText.problem(text, lines);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}
	}
}
