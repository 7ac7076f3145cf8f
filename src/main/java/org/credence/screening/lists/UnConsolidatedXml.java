package org.credence.screening.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The UN Security Council Consolidated List in its XML form: {@code CONSOLIDATED_LIST} (generated at
 * {@code dateGenerated}) holding {@code INDIVIDUALS} and {@code ENTITIES}. Streamed, one entry read
 * whole at a time; no DTD and no external entity is ever read, whatever the file declares.
 */
final class UnConsolidatedXml {

	private static final String ROOT = "CONSOLIDATED_LIST";

	private static final XMLInputFactory FACTORY = factory();

	record Read(LocalDate generatedOn, List<ListEntry> entries) {
	}

	private UnConsolidatedXml() {
	}

	static Read read(DigestedInput xml) {
		String root = "/" + ROOT;
		String at = root;
		try {
			// Not closed: closing a stream reader does not close the file, which its owner does.
			XMLStreamReader in = FACTORY.createXMLStreamReader(xml.stream());
			rootElement(xml.name(), in);
			if (!ROOT.equals(in.getLocalName())) {
				throw ListProblems.atElement(xml.name(), "/" + in.getLocalName(), in.getLocation().getLineNumber(),
						"the list's root element must be " + ROOT);
			}
			LocalDate generatedOn = generatedOn(xml.name(), in);
			List<ListEntry> entries = new ArrayList<>();
			Map<String, Integer> seen = new HashMap<>();
			Set<String> references = new HashSet<>();
			// The root holds groups (INDIVIDUALS, ENTITIES), each group its entries.
			while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
				String group = position(root, in.getLocalName(), seen);
				while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
					at = position(group, in.getLocalName(), seen);
					XmlElement element = XmlElement.read(in, at);
					if (element.name().equals("INDIVIDUAL") || element.name().equals("ENTITY")) {
						ListEntry entry = UnEntries.entry(xml.name(), element);
						if (!references.add(entry.reference())) {
							throw element.fault(xml.name(), "REFERENCE_NUMBER",
									"reference number " + entry.reference() + " is listed twice");
						}
						entries.add(entry);
					}
					at = group;
				}
				at = root;
			}
			if (entries.isEmpty()) {
				throw ListProblems.atElement(xml.name(), root, 1, "the list holds no INDIVIDUAL and no ENTITY");
			}
			return new Read(generatedOn, entries);
		}
		catch (XMLStreamException e) {
			long line = e.getLocation() != null ? e.getLocation().getLineNumber() : 1;
			String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceFirst("(?s).*Message: ", "").strip();
			throw ListProblems.atElement(xml.name(), at, line, "the XML is not well-formed: " + message);
		}
	}

	/** The path of the next child of that name, e.g. {@code /CONSOLIDATED_LIST/INDIVIDUALS[1]/INDIVIDUAL[3]}. */
	private static String position(String parent, String name, Map<String, Integer> seen) {
		return parent + "/" + name + "[" + seen.merge(parent + "/" + name, 1, Integer::sum) + "]";
	}

	/** Moves to the root element; a document type declaration is refused, as a list needs none. */
	private static void rootElement(String file, XMLStreamReader in) throws XMLStreamException {
		while (in.hasNext() && in.next() != XMLStreamConstants.START_ELEMENT) {
			if (in.getEventType() == XMLStreamConstants.DTD) {
				throw ListProblems.atElement(file, "/", in.getLocation().getLineNumber(),
						"a document type declaration (DTD) is not accepted: the list has none, and it could name other files");
			}
		}
		if (in.getEventType() != XMLStreamConstants.START_ELEMENT) {
			throw ListProblems.atElement(file, "/", in.getLocation().getLineNumber(), "the file holds no XML element");
		}
	}

	private static LocalDate generatedOn(String file, XMLStreamReader in) {
		String generated = in.getAttributeValue(null, "dateGenerated");
		try {
			if (generated != null) {
				return OffsetDateTime.parse(generated).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
			}
		}
		catch (DateTimeParseException e) {
			// refused below, as a missing date
		}
		throw ListProblems.atElement(file, "/" + ROOT + "/@dateGenerated", in.getLocation().getLineNumber(),
				"the date the list was generated must be an ISO 8601 date and time with an offset, not "
						+ (generated == null ? "missing" : "'" + generated + "'"));
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

}
