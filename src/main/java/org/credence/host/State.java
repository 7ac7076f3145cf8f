package org.credence.host;

/** A state by its ISO 3166-1 alpha-3 code, with its English and French names. */
public record State(String code, String nameEn, String nameFr) {

	public String name(java.util.Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
	}
}
