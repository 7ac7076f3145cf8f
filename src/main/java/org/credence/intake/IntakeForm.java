package org.credence.intake;

import java.time.LocalDate;

import org.springframework.web.multipart.MultipartFile;

/** The page's upload: the file, the day new missions are established (optional), and which button was pressed. */
class IntakeForm {

	private MultipartFile file;

	private LocalDate establishedOn;

	private boolean dryRun = true;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	public boolean isDryRun() {
		return dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}
}
