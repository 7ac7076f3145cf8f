package org.credence.pages;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import org.credence.problem.ProblemException;

/**
 * The step every form takes: checked, then the change, then the page it leads to (POST-redirect-GET);
 * refused, by its binding or by the service, the same page again with why and what was typed. The
 * change returns where to go and sets its own message.
 */
@Component
public class FormStep {

	private final Feedback feedback;

	FormStep(Feedback feedback) {
		this.feedback = feedback;
	}

	/** A form bound to its form object, which binding and Bean Validation have checked first. */
	public String submit(Model model, String form, BindingResult result, Supplier<String> change,
			Supplier<String> again) {
		if (result.hasErrors()) {
			feedback.invalid(model, form, result);
			return again.get();
		}
		try {
			return change.get();
		}
		catch (ProblemException e) {
			feedback.refused(model, form, result, e);
			return again.get();
		}
	}

	/**
	 * A filter bound from the address: what cannot be read, or what the reading refuses, is said next
	 * to its field, and the page shows what it can.
	 */
	public void read(Model model, String form, BindingResult result, Runnable reading) {
		if (result.hasErrors()) {
			feedback.invalid(model, form, result);
			return;
		}
		try {
			reading.run();
		}
		catch (ProblemException e) {
			feedback.refused(model, form, result, e);
		}
	}
}
