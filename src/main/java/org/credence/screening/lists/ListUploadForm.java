package org.credence.screening.lists;

import java.time.LocalDate;

import org.springframework.web.multipart.MultipartFile;

/** The files of a list version as a page sends them: OFAC's three (and its date), or the UN's one. */
class ListUploadForm {

	private MultipartFile sdn;

	private MultipartFile alt;

	private MultipartFile add;

	private LocalDate published;

	private MultipartFile consolidated;

	public MultipartFile getSdn() {
		return sdn;
	}

	public void setSdn(MultipartFile sdn) {
		this.sdn = sdn;
	}

	public MultipartFile getAlt() {
		return alt;
	}

	public void setAlt(MultipartFile alt) {
		this.alt = alt;
	}

	public MultipartFile getAdd() {
		return add;
	}

	public void setAdd(MultipartFile add) {
		this.add = add;
	}

	public LocalDate getPublished() {
		return published;
	}

	public void setPublished(LocalDate published) {
		this.published = published;
	}

	public MultipartFile getConsolidated() {
		return consolidated;
	}

	public void setConsolidated(MultipartFile consolidated) {
		this.consolidated = consolidated;
	}
}
