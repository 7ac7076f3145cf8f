package org.credence.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.pages.Dates;

/**
 * The diplomatic list as PDF, A4, in the reader's language: written first, then every page stamped
 * with its header (the list's date, "page N of M"), since M is known only once all are written. The
 * font is embedded (Liberation Sans, shipped in OpenPDF) so that names in Latin script with any
 * diacritic print as typed.
 */
@Component
class ListPdf {

	private static final float HEADER_SPACE = 60;

	private final MessageSource messages;

	private final Dates dates;

	private final BaseFont font;

	ListPdf(MessageSource messages, Dates dates) throws IOException {
		this.messages = messages;
		this.dates = dates;
		try (InputStream ttf = BaseFont.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
			this.font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					ttf.readAllBytes(), null);
		}
	}

	byte[] of(ListDocument list, Locale locale) {
		try {
			return stamped(body(list, locale), header(list, locale), locale);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String header(ListDocument list, Locale locale) {
		return text("list.pdf.header", locale, dates.show(list.date()));
	}

	private byte[] body(ListDocument list, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, HEADER_SPACE, 40);
		PdfWriter.getInstance(document, out);
		document.addTitle(header(list, locale));
		document.open();
		Font heading = new Font(font, 12);
		Font normal = new Font(font, 9);
		if (list.missions().isEmpty()) {
			document.add(new Paragraph(text("list.empty", locale), normal));
		}
		for (ListDocument.Mission mission : list.missions()) {
			Paragraph title = new Paragraph(mission.sendingStateName() + " · " + mission.name(), heading);
			title.setSpacingBefore(10);
			document.add(title);
			document.add(new Paragraph(text("kind." + mission.kind(), locale) + " · " + text("status." + mission.status(), locale)
					+ " · " + text("list.strength", locale, mission.strength()), normal));
			for (String line : new String[] { mission.address(), mission.telephone(), mission.email(), mission.webAddress() }) {
				if (line != null) {
					document.add(new Paragraph(line, normal));
				}
			}
			if (!mission.members().isEmpty()) {
				document.add(members(mission, normal, locale));
			}
		}
		document.close();
		return out.toByteArray();
	}

	private PdfPTable members(ListDocument.Mission mission, Font normal, Locale locale) {
		PdfPTable table = new PdfPTable(new float[] { 3, 2, 2, 2, 1.5f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setHeaderRows(1);
		for (String column : new String[] { "list.member.name", "field.category", "field.title", "field.function", "list.member.arrivedOn" }) {
			table.addCell(new Phrase(text(column, locale), normal));
		}
		for (ListDocument.Member member : mission.members()) {
			table.addCell(new Phrase(member.spouse() == null ? member.name()
					: member.name() + "\n" + text("list.spouse", locale, member.spouse()), normal));
			table.addCell(new Phrase(text("category." + member.category(), locale), normal));
			table.addCell(new Phrase(member.title(), normal));
			table.addCell(new Phrase(member.function(), normal));
			table.addCell(new Phrase(dates.show(member.arrivedOn()), normal));
		}
		return table;
	}

	private byte[] stamped(byte[] body, String header, Locale locale) throws IOException {
		PdfReader reader = new PdfReader(body);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfStamper stamper = new PdfStamper(reader, out);
		int pages = reader.getNumberOfPages();
		Font small = new Font(font, 9);
		for (int page = 1; page <= pages; page++) {
			PdfContentByte over = stamper.getOverContent(page);
			float top = reader.getPageSize(page).getTop() - 30;
			ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(header, small), 40, top, 0);
			ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase(text("list.pdf.page", locale, page, pages), small),
					reader.getPageSize(page).getRight() - 40, top, 0);
		}
		stamper.close();
		reader.close();
		return out.toByteArray();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
