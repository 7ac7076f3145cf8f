package org.credence.credentials;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.host.Host;
import org.credence.pages.Feedback;
import org.credence.pages.FormStep;

/**
 * The cards to watch: those expiring in the next 60 days (whose renewal a mission administrator
 * requests and the protocol officer approves), the renewals awaiting approval, and the cards not
 * returned after a departure; and each card's PDF in the page's language.
 */
@Controller
class CredentialPages {

	/** A pending renewal with its card. */
	record Renewal(RenewalRequest request, CredentialView card) {
	}

	private final CredentialIssuing issuing;

	private final CredentialRecords records;

	private final CardPdf pdf;

	private final Feedback feedback;

	private final FormStep step;

	private final Host host;

	private final Clock clock;

	CredentialPages(CredentialIssuing issuing, CredentialRecords records, CardPdf pdf, Feedback feedback, FormStep step,
			Host host, Clock clock) {
		this.issuing = issuing;
		this.records = records;
		this.pdf = pdf;
		this.feedback = feedback;
		this.step = step;
		this.host = host;
		this.clock = clock;
	}

	@GetMapping("/credentials")
	String credentials(Model model) {
		List<RenewalRequest> pending = records.pendingRenewals();
		Map<UUID, CredentialView> cards = pending.stream()
			.map(r -> records.get(r.credentialId()))
			.collect(Collectors.toMap(CredentialView::id, Function.identity()));
		model.addAttribute("self", "/credentials");
		model.addAttribute("today", host.localDate(OffsetDateTime.now(clock)));
		model.addAttribute("days", CredentialRecords.EXPIRING_DAYS);
		model.addAttribute("expiring", records.expiring());
		model.addAttribute("unreturned", records.unreturned());
		model.addAttribute("renewals", pending.stream().map(r -> new Renewal(r, cards.get(r.credentialId()))).toList());
		model.addAttribute("requested", pending.stream().map(RenewalRequest::credentialId).toList());
		return "credentials";
	}

	@GetMapping("/credentials/{id}/card.pdf")
	ResponseEntity<byte[]> card(@PathVariable UUID id, Locale locale) {
		return CredentialController.card(records, pdf, id, locale);
	}

	@PostMapping("/credentials/{id}/renewal-request")
	String requestRenewal(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return step.submit(model, "renewal", new BeanPropertyBindingResult(new Object(), "renewal"), () -> {
			issuing.requestRenewal(id, null);
			feedback.done(redirect, "flash.credential.renewal-requested", records.get(id).number());
			return "redirect:/credentials";
		}, () -> credentials(model));
	}

	@PostMapping("/credentials/renewals/{id}/approval")
	String approveRenewal(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return step.submit(model, "approval", new BeanPropertyBindingResult(new Object(), "approval"), () -> {
			Credential renewed = issuing.approveRenewal(id);
			feedback.done(redirect, "flash.credential.renewed", renewed.number());
			return "redirect:/credentials";
		}, () -> credentials(model));
	}
}
