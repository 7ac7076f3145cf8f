package org.credence.screening.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.credence.problem.ProblemException;

/**
 * One element of an XML file and what it holds, read whole: small enough for one list entry, so that
 * an entry is read as a tree while the file is streamed. Each element knows its path (positions among
 * siblings of the same name, from 1) and its line, so that a fault can be named.
 */
record XmlElement(String name, String path, long line, String text, List<XmlElement> children) {

	/** Reads the element the reader stands at the start of, up to its end. */
	static XmlElement read(XMLStreamReader in, String path) throws XMLStreamException {
		String name = in.getLocalName();
		long line = in.getLocation().getLineNumber();
		StringBuilder text = new StringBuilder();
		List<XmlElement> children = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		while (in.hasNext()) {
			int event = in.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				int position = seen.merge(in.getLocalName(), 1, Integer::sum);
				children.add(read(in, path + "/" + in.getLocalName() + "[" + position + "]"));
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				text.append(in.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
		}
		return new XmlElement(name, path, line, text.toString().strip(), List.copyOf(children));
	}

	/** The children of that name. */
	List<XmlElement> all(String child) {
		return children.stream().filter(element -> element.name.equals(child)).toList();
	}

	/** The first child of that name's text, null when there is none or it is empty. */
	String text(String child) {
		return children.stream().filter(element -> element.name.equals(child)).map(XmlElement::text)
			.filter(value -> !value.isEmpty()).findFirst().orElse(null);
	}

	/** A fault of the first child of that name, named by its path and line; by this element's when it has none. */
	ProblemException fault(String file, String child, String problem) {
		return children.stream()
			.filter(element -> element.name.equals(child))
			.findFirst()
			.map(element -> ListProblems.atElement(file, element.path, element.line, problem))
			.orElseGet(() -> ListProblems.atElement(file, path + "/" + child, line, problem));
	}
}
