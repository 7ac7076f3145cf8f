package org.credence.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import org.credence.pages.FormStep;
import org.credence.problem.ProblemException;

/**
 * Moving in by the page: the columns explained, the template, the upload checked or imported, and
 * each job's page, which follows its progress (credence.js refreshes the part that changes while it
 * runs) and lists its errors, with the import of a file checked clean a button away.
 */
@Controller
class IntakePage {

	private final Intake intake;

	private final FormStep step;

	IntakePage(Intake intake, FormStep step) {
		this.intake = intake;
		this.step = step;
	}

	@GetMapping("/intake")
	String show(Model model) {
		return page(model, new IntakeForm());
	}

	@PostMapping("/intake")
	String submit(@ModelAttribute("intake") IntakeForm form, BindingResult result, Model model) {
		return step.submit(model, "intake", result, () -> {
			if (form.getFile() == null || form.getFile().isEmpty()) {
				throw ProblemException.invalid("file", "is required: choose the CSV file");
			}
			try {
				IntakeJob job = intake.start(IntakeController.fileName(form.getFile()), form.getFile().getBytes(),
						form.isDryRun(), form.getEstablishedOn());
				return "redirect:/intake/jobs/" + job.id();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, () -> page(model, form));
	}

	@GetMapping("/intake/jobs/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("self", "/intake/jobs/" + id);
		model.addAttribute("job", intake.job(id));
		return "intake-job";
	}

	@PostMapping("/intake/jobs/{id}/import")
	String importChecked(@PathVariable UUID id) {
		return "redirect:/intake/jobs/" + intake.importChecked(id).id();
	}

	/** The header and one example row, which the importer accepts as they are. */
	@GetMapping("/intake/template.csv")
	@ResponseBody
	ResponseEntity<String> template() {
		StringBuilder csv = new StringBuilder();
		try {
			CSVFormat.RFC4180.printRecord(csv, Arrays.stream(Column.values()).map(Column::header).toArray());
			CSVFormat.RFC4180.printRecord(csv, Arrays.stream(Column.values()).map(Column::example).toArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("credence-intake.csv").build().toString())
			.body(csv.toString());
	}

	private String page(Model model, IntakeForm form) {
		model.addAttribute("self", "/intake");
		model.addAttribute("intake", form);
		model.addAttribute("columns", List.of(Column.values()));
		model.addAttribute("jobs", intake.latest());
		return "intake";
	}
}
