package org.credence.screening.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;

/** The files of an import, as the parts of a multipart/form-data request. */
final class FileParts {

	private static final int LONGEST_NAME = 255;

	record Part(String name, MultipartFile file) {
	}

	private FileParts() {
	}

	/** Every missing part named at once; a request that is not multipart has none. */
	static void require(Part... parts) {
		List<InvalidField> missing = new ArrayList<>();
		for (Part part : parts) {
			if (part.file() == null) {
				missing.add(new InvalidField(part.name(), "is required: a file part of a multipart/form-data request"));
			}
		}
		if (!missing.isEmpty()) {
			throw ProblemException.invalid(missing);
		}
	}

	/** The file under the name it was uploaded with, without any folder, or under the list's usual name for it. */
	static DigestedInput open(String part, MultipartFile file, String usualName) throws IOException {
		String uploaded = file.getOriginalFilename() == null ? ""
				: file.getOriginalFilename().replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		String name = uploaded.isEmpty() ? usualName : uploaded.substring(0, Math.min(uploaded.length(), LONGEST_NAME));
		return new DigestedInput(part, name, file.getInputStream());
	}
}
