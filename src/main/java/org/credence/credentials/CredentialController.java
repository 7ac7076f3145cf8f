package org.credence.credentials;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Credentials")
@RestController
@RequestMapping("/api")
class CredentialController {

	private final CredentialIssuing issuing;

	private final CredentialRecords records;

	private final CardPdf pdf;

	CredentialController(CredentialIssuing issuing, CredentialRecords records, CardPdf pdf) {
		this.issuing = issuing;
		this.records = records;
		this.pdf = pdf;
	}

	@Schema(name = "CredentialIssue")
	record IssueInput(@NotNull UUID accreditationId,
			@Schema(description = "The card expires at the start of this day; by default at the accreditation's "
					+ "expected term or after the configured maximum of years") LocalDate expiresOn) {
	}

	@Schema(name = "CredentialLoss")
	record LossInput(@Schema(description = "Stolen rather than lost") @NotNull Boolean stolen) {
	}

	@Schema(name = "CredentialRenewalInput")
	record RenewalInput(@Size(max = 2000) String reason) {
	}

	@Operation(summary = "Issue a card for an accreditation held now, numbered in its category's series")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/credentials")
	ResponseEntity<CredentialView> issue(@Valid @RequestBody IssueInput body) {
		Credential card = issuing.issue(body.accreditationId(), body.expiresOn());
		return ResponseEntity.created(URI.create("/api/credentials/" + card.id())).body(records.get(card.id()));
	}

	@Operation(summary = "A card")
	@GetMapping("/credentials/{id}")
	CredentialView get(@PathVariable UUID id) {
		return records.get(id);
	}

	@Operation(summary = "An accreditation's cards, the latest first")
	@GetMapping("/accreditations/{id}/credentials")
	List<CredentialView> ofAccreditation(@PathVariable UUID id) {
		return records.ofAccreditation(id);
	}

	@Operation(summary = "The holder's photo: the request body is the JPEG or PNG image itself, at most the "
			+ "configured size (2 MiB by default)")
	@PutMapping(path = "/credentials/{id}/photo")
	CredentialView photograph(@PathVariable UUID id, @RequestBody(required = false) byte[] photo) {
		issuing.photograph(id, photo);
		return records.get(id);
	}

	@Operation(summary = "The card as a printable PDF, both sides at ID-1 size, in the language of Accept-Language")
	@GetMapping(path = "/credentials/{id}/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> card(@PathVariable UUID id, Locale locale) {
		return card(records, pdf, id, locale);
	}

	@Operation(summary = "Report the card lost or stolen: it is no longer valid, and a replacement with a new "
			+ "number, the same photo and expiry is issued and answered")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/credentials/{id}/loss")
	ResponseEntity<CredentialView> loss(@PathVariable UUID id, @Valid @RequestBody LossInput body) {
		Credential replacement = issuing.reportMissing(id, body.stolen());
		return ResponseEntity.created(URI.create("/api/credentials/" + replacement.id()))
			.body(records.get(replacement.id()));
	}

	@Operation(summary = "Record the card handed back")
	@PostMapping("/credentials/{id}/return")
	CredentialView returned(@PathVariable UUID id) {
		issuing.returned(id);
		return records.get(id);
	}

	@Operation(summary = "Cancel the card")
	@PostMapping("/credentials/{id}/cancellation")
	CredentialView cancel(@PathVariable UUID id) {
		issuing.cancel(id);
		return records.get(id);
	}

	@Operation(summary = "Request the card's renewal (a mission administrator, for their own mission)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/credentials/{id}/renewal-requests")
	RenewalRequest requestRenewal(@PathVariable UUID id, @Valid @RequestBody(required = false) RenewalInput body) {
		return issuing.requestRenewal(id, body == null ? null : body.reason());
	}

	@Operation(summary = "Renewal requests awaiting approval, the oldest first")
	@GetMapping("/credentials/renewals")
	List<RenewalRequest> renewals() {
		return records.pendingRenewals();
	}

	@Operation(summary = "Approve a renewal: the card is replaced by a new one, which is answered")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/credentials/renewals/{id}/approval")
	ResponseEntity<CredentialView> approveRenewal(@PathVariable UUID id) {
		Credential renewed = issuing.approveRenewal(id);
		return ResponseEntity.created(URI.create("/api/credentials/" + renewed.id())).body(records.get(renewed.id()));
	}

	@Operation(summary = "Cards in their holders' hands expiring in the next 60 days, the soonest first")
	@GetMapping("/credentials/expiring")
	List<CredentialView> expiring() {
		return records.expiring();
	}

	@Operation(summary = "Cards valid on that day (at its start in the receiving party's time zone): issued by then, "
			+ "not expired, not yet out of use, their accreditation held then")
	@GetMapping("/credentials/valid")
	List<CredentialView> validOn(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return records.validOn(on);
	}

	@Operation(summary = "Cards not returned after the departure deadline (or the last day of a notified departure)")
	@GetMapping("/credentials/unreturned")
	List<CredentialView> unreturned() {
		return records.unreturned();
	}

	/** The card's PDF with the address of its public verification on this server. */
	static ResponseEntity<byte[]> card(CredentialRecords records, CardPdf pdf, UUID id, Locale locale) {
		CredentialView card = records.get(id);
		String verification = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/public/credentials/{number}")
			.buildAndExpand(card.number())
			.toUriString();
		byte[] document = pdf.of(card, records.photo(id).orElse(null), verification, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"" + card.number() + ".pdf\"")
			.body(document);
	}
}
