package org.credence.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.credence.problem.MultiLine;
import org.credence.problem.OptionalText;
import org.credence.registry.mission.MissionContact;

/** The form that replaces a mission's contact details, held to the API's rules ({@link MissionContact}). */
class ContactForm {

	@OptionalText(payload = MultiLine.class)
	@Size(max = 1000)
	private String address;

	@OptionalText
	@Pattern(regexp = MissionContact.TELEPHONE, message = MissionContact.TELEPHONE_RULE)
	private String telephone;

	@OptionalText
	@Size(max = 254)
	@Pattern(regexp = MissionContact.EMAIL, message = MissionContact.EMAIL_RULE)
	private String email;

	@OptionalText
	@Size(max = 500)
	@Pattern(regexp = MissionContact.WEB_ADDRESS, message = MissionContact.WEB_ADDRESS_RULE)
	private String webAddress;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate headTookUpFunctionsOn;

	static ContactForm of(MissionContact contact) {
		ContactForm form = new ContactForm();
		form.address = contact.address();
		form.telephone = contact.telephone();
		form.email = contact.email();
		form.webAddress = contact.webAddress();
		form.headTookUpFunctionsOn = contact.headTookUpFunctionsOn();
		return form;
	}

	MissionContact contact() {
		return new MissionContact(address, telephone, email, webAddress, headTookUpFunctionsOn);
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getTelephone() {
		return telephone;
	}

	public void setTelephone(String telephone) {
		this.telephone = telephone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebAddress() {
		return webAddress;
	}

	public void setWebAddress(String webAddress) {
		this.webAddress = webAddress;
	}

	public LocalDate getHeadTookUpFunctionsOn() {
		return headTookUpFunctionsOn;
	}

	public void setHeadTookUpFunctionsOn(LocalDate headTookUpFunctionsOn) {
		this.headTookUpFunctionsOn = headTookUpFunctionsOn;
	}
}
