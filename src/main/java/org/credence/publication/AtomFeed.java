package org.credence.publication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.pages.Dates;
import org.credence.registry.PublishedChange;

/**
 * The changes as an Atom document (RFC 4287), written by a streaming XML writer so that names are
 * escaped whatever they hold. Ids are name-based UUIDs of what changed, so that a change keeps its
 * id from one reading to the next; a feed with no entry is updated as of the day it starts.
 */
@Component
class AtomFeed {

	private static final String NS = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final MessageSource messages;

	private final Dates dates;

	private final Host host;

	AtomFeed(MessageSource messages, Dates dates, Host host) {
		this.messages = messages;
		this.dates = dates;
		this.host = host;
	}

	byte[] write(List<PublishedChange> changes, OffsetDateTime from, String self, String list, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NS);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
			String hostName = "fr".equals(locale.getLanguage()) ? host.nameFr() : host.nameEn();
			text(xml, "id", urn("feed:" + list));
			text(xml, "title", messages.getMessage("feed.title", new Object[] { hostName }, locale));
			text(xml, "updated", (changes.isEmpty() ? from : changes.get(0).at()).toInstant().toString());
			xml.writeStartElement("author");
			text(xml, "name", hostName);
			xml.writeEndElement();
			link(xml, "self", self);
			link(xml, "alternate", list);
			for (PublishedChange change : changes) {
				entry(xml, change, locale);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Writing into memory cannot fail", e);
		}
		return out.toByteArray();
	}

	private void entry(XMLStreamWriter xml, PublishedChange change, Locale locale) throws XMLStreamException {
		boolean member = change.accreditationId() != null;
		Object[] words = { change.personName(), change.missionName(), dates.show(change.at()),
				member ? messages.getMessage("category." + change.category().name(), null, locale) : null,
				change.title(), change.function() };
		xml.writeStartElement("entry");
		text(xml, "id", urn(change.kind() + ":" + (member ? change.accreditationId()
				: change.kind() == PublishedChange.Kind.MISSION_OPENED ? change.missionId()
						: change.missionId() + "@" + change.at().toInstant())));
		text(xml, "title", messages.getMessage("feed." + change.kind().name(), words, locale));
		text(xml, "updated", change.at().toInstant().toString());
		xml.writeStartElement("summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(messages.getMessage("feed.summary." + (member ? "member" : "mission"), words, locale));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}
}
