package org.credence.screening.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.credence.pages.Feedback;
import org.credence.pages.FormStep;

/** The lists screened against, each with its versions and their counts; administrators import new ones here. */
@Controller
class ListPages {

	private final ListViews views;

	private final ListImport imports;

	private final Feedback feedback;

	private final FormStep step;

	ListPages(ListViews views, ListImport imports, Feedback feedback, FormStep step) {
		this.views = views;
		this.imports = imports;
		this.feedback = feedback;
		this.step = step;
	}

	@GetMapping("/screening/lists")
	String show(Model model) {
		return page(model, new ListUploadForm(), new ListUploadForm());
	}

	@PostMapping("/screening/lists/ofac-sdn/versions")
	String importOfac(@ModelAttribute("ofac") ListUploadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step.submit(model, "ofac", result, () -> {
			FileParts.require(new FileParts.Part("sdn", form.getSdn()), new FileParts.Part("alt", form.getAlt()),
					new FileParts.Part("add", form.getAdd()));
			try (DigestedInput sdn = FileParts.open("sdn", form.getSdn(), "sdn.csv");
					DigestedInput alt = FileParts.open("alt", form.getAlt(), "alt.csv");
					DigestedInput add = FileParts.open("add", form.getAdd(), "add.csv")) {
				return imported(redirect, imports.ofac(sdn, alt, add, form.getPublished()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, () -> page(model, form, new ListUploadForm()));
	}

	@PostMapping("/screening/lists/un-consolidated/versions")
	String importUn(@ModelAttribute("un") ListUploadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step.submit(model, "un", result, () -> {
			FileParts.require(new FileParts.Part("consolidated", form.getConsolidated()));
			try (DigestedInput file = FileParts.open("consolidated", form.getConsolidated(), "consolidated.xml")) {
				return imported(redirect, imports.un(file));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, () -> page(model, new ListUploadForm(), form));
	}

	private String imported(RedirectAttributes redirect, ListVersion version) {
		feedback.done(redirect, "flash.list-imported", version.number(), version.counts().entries());
		return "redirect:/screening/lists";
	}

	private String page(Model model, ListUploadForm ofac, ListUploadForm un) {
		Map<ListViews.Overview, java.util.List<ListVersion>> lists = new LinkedHashMap<>();
		views.lists().forEach(list -> lists.put(list, views.versions(list.id())));
		model.addAttribute("self", "/screening/lists");
		model.addAttribute("lists", lists);
		model.addAttribute("ofac", ofac);
		model.addAttribute("un", un);
		return "screening-lists";
	}
}
