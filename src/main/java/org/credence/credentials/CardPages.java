package org.credence.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.BlankIsAbsent;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;
import org.credence.problem.ProblemException;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;

/**
 * The cards of one accreditation, where the protocol office issues a card, adds the holder's photo,
 * and records a card lost, stolen, handed back or cancelled; reached from the person's page.
 */
@Controller
@BlankIsAbsent
class CardPages {

	/** The issue form: an expiry of the office's choosing, or the default one when left blank. */
	static class IssueForm {

		private LocalDate expiresOn;

		public LocalDate getExpiresOn() {
			return expiresOn;
		}

		public void setExpiresOn(LocalDate expiresOn) {
			this.expiresOn = expiresOn;
		}
	}

	private final CredentialIssuing issuing;

	private final CredentialRecords records;

	private final Registry registry;

	private final Feedback feedback;

	private final FormStep step;

	CardPages(CredentialIssuing issuing, CredentialRecords records, Registry registry, Feedback feedback, FormStep step) {
		this.issuing = issuing;
		this.records = records;
		this.registry = registry;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/accreditations/{id}/credentials")
	String cards(@PathVariable UUID id, Model model, Locale locale) {
		Accreditation accreditation = registry.findAccreditation(id)
			.orElseThrow(() -> ProblemException.notFound("accreditation", id));
		model.addAttribute("accreditation", accreditation);
		model.addAttribute("person", registry.person(accreditation.personId()));
		model.addAttribute("mission", registry.mission(accreditation.missionId()));
		model.addAttribute("cards", records.ofAccreditation(id));
		if (!model.containsAttribute("issue")) {
			model.addAttribute("issue", new IssueForm());
		}
		return "credential-cards";
	}

	@PostMapping("/accreditations/{id}/credentials")
	String issue(@PathVariable UUID id, @ModelAttribute("issue") IssueForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step.submit(model, "issue", result, () -> {
			Credential card = issuing.issue(id, form.getExpiresOn());
			feedback.done(redirect, "flash.credential.issued", card.number());
			return "redirect:/accreditations/" + id + "/credentials";
		}, () -> cards(id, model, locale));
	}

	@PostMapping("/credentials/{id}/photo")
	String photograph(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo, Model model,
			Locale locale, RedirectAttributes redirect) {
		CredentialView card = records.get(id);
		return change(card, "photo", model, locale, redirect, () -> {
			issuing.photograph(id, photo == null || photo.isEmpty() ? null : bytes(photo));
			return "flash.credential.photographed";
		});
	}

	@PostMapping("/credentials/{id}/loss")
	String loss(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean stolen, Model model, Locale locale,
			RedirectAttributes redirect) {
		CredentialView card = records.get(id);
		return change(card, "loss", model, locale, redirect, () -> {
			issuing.reportMissing(id, stolen);
			return stolen ? "flash.credential.stolen" : "flash.credential.lost";
		});
	}

	@PostMapping("/credentials/{id}/return")
	String returned(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		CredentialView card = records.get(id);
		return change(card, "return", model, locale, redirect, () -> {
			issuing.returned(id);
			return "flash.credential.returned";
		});
	}

	@PostMapping("/credentials/{id}/cancellation")
	String cancel(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		CredentialView card = records.get(id);
		return change(card, "cancellation", model, locale, redirect, () -> {
			issuing.cancel(id);
			return "flash.credential.cancelled";
		});
	}

	/** A change of one card, said with its number; refused, the accreditation's cards again with why. */
	private String change(CredentialView card, String form, Model model, Locale locale, RedirectAttributes redirect,
			java.util.function.Supplier<String> done) {
		return step.submit(model, form, new BeanPropertyBindingResult(new Object(), form), () -> {
			feedback.done(redirect, done.get(), card.number());
			return "redirect:/accreditations/" + card.accreditationId() + "/credentials";
		}, () -> cards(card.accreditationId(), model, locale));
	}

	private static byte[] bytes(MultipartFile photo) {
		try {
			return photo.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
