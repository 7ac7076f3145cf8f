package org.credence.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.pages.Dates;

/**
 * The card as PDF, one page per side at the ID-1 size of ISO/IEC 7810 (85.60 × 53.98 mm), in the
 * reader's language: the front with the receiving party, the photo and what identifies the holder,
 * the back with a QR code of the public verification address. The font is embedded (Liberation
 * Sans, shipped in OpenPDF) so that names print with any diacritic.
 */
@Component
class CardPdf {

	/** ID-1 in points: 85.60 mm and 53.98 mm at 72 points to the inch. */
	static final Rectangle ID_1 = new Rectangle(85.60f * 72 / 25.4f, 53.98f * 72 / 25.4f);

	private static final float MARGIN = 8;

	private final MessageSource messages;

	private final Dates dates;

	private final Host host;

	private final BaseFont font;

	CardPdf(MessageSource messages, Dates dates, Host host) throws IOException {
		this.messages = messages;
		this.dates = dates;
		this.host = host;
		try (InputStream ttf = BaseFont.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
			this.font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					ttf.readAllBytes(), null);
		}
	}

	byte[] of(CredentialView card, byte[] photo, String verificationAddress, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(ID_1, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text("card.pdf.title", locale, card.number()));
		document.open();
		PdfContentByte canvas = writer.getDirectContent();
		front(canvas, card, photo, locale);
		document.newPage();
		back(canvas, card, verificationAddress, locale);
		document.close();
		return out.toByteArray();
	}

	private void front(PdfContentByte canvas, CredentialView card, byte[] photo, Locale locale) {
		float width = ID_1.getWidth();
		float height = ID_1.getHeight();
		line(canvas, host(locale), font, 7, MARGIN, height - MARGIN - 7, width - 2 * MARGIN);
		line(canvas, text("card.pdf.heading", locale), font, 6, MARGIN, height - MARGIN - 15, width - 2 * MARGIN);
		float photoWidth = 52;
		float photoHeight = 66;
		float photoTop = height - MARGIN - 22;
		if (photo != null) {
			try {
				Image image = Image.getInstance(photo);
				image.scaleToFit(photoWidth, photoHeight);
				image.setAbsolutePosition(MARGIN, photoTop - image.getScaledHeight());
				canvas.addImage(image);
			}
			catch (Exception e) {
				// Checked when taken (Photos): a photo that no longer reads leaves the frame empty.
				frame(canvas, MARGIN, photoTop - photoHeight, photoWidth, photoHeight);
			}
		}
		else {
			frame(canvas, MARGIN, photoTop - photoHeight, photoWidth, photoHeight);
		}
		float x = MARGIN + photoWidth + 8;
		float columnWidth = width - x - MARGIN;
		float y = photoTop - 8;
		line(canvas, card.personName(), font, 8, x, y, columnWidth);
		y -= 12;
		line(canvas, card.missionName(), font, 6.5f, x, y, columnWidth);
		y -= 10;
		line(canvas, text("category." + card.category(), locale), font, 6.5f, x, y, columnWidth);
		y -= 12;
		line(canvas, text("card.pdf.number", locale) + " " + card.number(), font, 6.5f, x, y, columnWidth);
		y -= 10;
		line(canvas, text("card.pdf.expires", locale, dates.show(card.expiresOn())), font, 6.5f, x, y, columnWidth);
	}

	private void back(PdfContentByte canvas, CredentialView card, String verificationAddress, Locale locale) {
		float width = ID_1.getWidth();
		float height = ID_1.getHeight();
		float side = height - 2 * MARGIN;
		qr(canvas, verificationAddress, width - MARGIN - side, MARGIN, side);
		float columnWidth = width - 3 * MARGIN - side;
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(MARGIN, MARGIN, MARGIN + columnWidth, height - MARGIN);
		column.addText(new Phrase(host(locale) + "\n", new Font(font, 6.5f)));
		column.addText(new Phrase(text("card.pdf.property", locale) + "\n\n", new Font(font, 5.5f)));
		column.addText(new Phrase(text("card.pdf.verify", locale) + "\n", new Font(font, 5.5f)));
		column.addText(new Phrase(verificationAddress + "\n\n", new Font(font, 5)));
		column.addText(new Phrase(card.number(), new Font(font, 6.5f)));
		column.setLeading(7);
		try {
			column.go();
		}
		catch (com.lowagie.text.DocumentException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The QR code drawn as squares of the page itself: sharp at any printing size, no image library. */
	private static void qr(PdfContentByte canvas, String content, float x, float y, float side) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
		float module = side / matrix.getWidth();
		canvas.saveState();
		canvas.setRGBColorFill(0, 0, 0);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					canvas.rectangle(x + col * module, y + side - (row + 1) * module, module, module);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	private static void frame(PdfContentByte canvas, float x, float y, float width, float height) {
		canvas.saveState();
		canvas.setLineWidth(0.5f);
		canvas.rectangle(x, y, width, height);
		canvas.stroke();
		canvas.restoreState();
	}

	private static void line(PdfContentByte canvas, String text, BaseFont font, float size, float x, float y,
			float width) {
		String shown = text == null ? "" : text;
		// A long name is shrunk to fit its line rather than cut.
		float fitting = Math.min(size, size * width / Math.max(1, font.getWidthPoint(shown, size)));
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(shown, new Font(font, fitting)), x, y, 0);
	}

	private String host(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? host.nameFr() : host.nameEn();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
