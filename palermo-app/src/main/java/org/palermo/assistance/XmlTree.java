package org.palermo.assistance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XML file read safely into a small tree whose elements know their line. A document type declaration is
 * refused outright, so no external entity is fetched, no file is read and no entity is expanded (the
 * "billion laughs"); secure processing caps what is left.
 */
final class XmlTree {

    /** An element: its name (local, namespace ignored), attributes, text and children, and where it starts. */
    record Element(String name, Map<String, String> attributes, StringBuilder text, List<Element> children, int line) {

        String attr(String name) {
            String v = attributes.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        List<Element> all(String child) {
            return children.stream().filter(c -> c.name().equals(child)).toList();
        }

        Optional<Element> first(String child) {
            return children.stream().filter(c -> c.name().equals(child)).findFirst();
        }

        String textContent() {
            return text.toString().strip();
        }
    }

    /** Not well-formed XML, or XML this reader will not read (a DTD): the reason, with the line when known. */
    static final class Unreadable extends Exception {
        final Integer line;

        Unreadable(String message, Integer line) {
            super(message);
            this.line = line;
        }
    }

    private XmlTree() {
    }

    static Element parse(byte[] content) throws Unreadable {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be made safe: " + e.getMessage(), e);
        }
        Handler handler = new Handler();
        try {
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.parse(new ByteArrayInputStream(content), handler);
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                message = "a document type declaration (DOCTYPE) is not accepted: Palermo reads no DTD and expands no entity";
            }
            throw new Unreadable(message, e.getLineNumber() > 0 ? e.getLineNumber() : null);
        } catch (SAXException | IOException e) {
            throw new Unreadable("not readable as XML: " + e.getMessage(), null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (handler.root == null) {
            throw new Unreadable("no XML element in the file", null);
        }
        return handler.root;
    }

    private static final class Handler extends DefaultHandler {
        private Locator locator;
        private Element root;
        private final Deque<Element> open = new ArrayDeque<>();

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getQName(i);
                attrs.put(name.startsWith("xml:") ? name : attributes.getLocalName(i).isEmpty() ? name : attributes.getLocalName(i),
                        attributes.getValue(i));
            }
            Element e = new Element(localName.isEmpty() ? qName : localName, attrs, new StringBuilder(), new ArrayList<>(),
                    locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().children().add(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(ch, start, length);
            }
        }
    }
}
