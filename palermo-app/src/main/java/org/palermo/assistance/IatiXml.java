package org.palermo.assistance;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.palermo.checklist.ImportProblem;
import org.palermo.checklist.Pillar;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;

/**
 * IATI activity XML, version 2.0x (written as 2.03): participating organisations by role, recipient countries
 * (ISO alpha-2) and regions, sectors (DAC purpose codes, SDG targets), activity dates, budget and
 * transactions. What IATI has no element for — the Framework's pillars and measures — travels as
 * {@code <tag vocabulary="99">} with the vocabulary URIs {@value #PILLAR_URI} and {@value #MEASURE_URI}.
 * A file that is not IATI, or not 2.0x, is refused with the reason; a file with bad activities is refused
 * with every bad element's line.
 */
final class IatiXml {

    static final String PILLAR_URI = "urn:palermo:pillar";
    static final String MEASURE_URI = "urn:palermo:measure";
    static final String REGION_URI = "urn:palermo:region";
    private static final Pattern VERSION = Pattern.compile("2\\.0\\d");

    /** The file is not an IATI 2.0x activity file: why, and where when known. */
    static final class NotIati extends Exception {
        final Integer line;

        NotIati(String message, Integer line) {
            super(message);
            this.line = line;
        }
    }

    /** A read file: its projects, or the problems that refuse it. */
    record Read(List<Project> projects, List<ImportProblem> problems) {
    }

    private IatiXml() {
    }

    static Read read(String file, byte[] content, Set<String> measureKeys) throws NotIati {
        XmlTree.Element root;
        try {
            root = XmlTree.parse(content);
        } catch (XmlTree.Unreadable e) {
            throw new NotIati("not an IATI file: " + e.getMessage(), e.line);
        }
        if (root.name().equals("iati-organisations")) {
            throw new NotIati("an IATI organisation file, not an activity file (<iati-activities>)", root.line());
        }
        if (!root.name().equals("iati-activities")) {
            throw new NotIati("not an IATI activity file: the root element is <" + root.name() + ">, not <iati-activities>", root.line());
        }
        String version = root.attr("version");
        if (version == null) {
            throw new NotIati("<iati-activities> has no version attribute: an IATI 2.0x file says version=\"2.03\"", root.line());
        }
        if (!VERSION.matcher(version).matches()) {
            throw new NotIati("IATI version " + version + " is not read here: only IATI 2.0x (2.01, 2.02, 2.03)", root.line());
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Map<String, Integer> identifiers = new HashMap<>();
        List<XmlTree.Element> activities = root.all("iati-activity");
        if (activities.isEmpty()) {
            problems.add(new ImportProblem(file, root.line(), "iati-activity", "the file has no <iati-activity>"));
        }
        for (XmlTree.Element a : activities) {
            Activity reader = new Activity(file, a, problems);
            Project p = reader.project();
            if (p == null) {
                continue;
            }
            Integer earlier = identifiers.putIfAbsent(p.identifier(), a.line());
            if (earlier != null) {
                problems.add(new ImportProblem(file, a.line(), "iati-identifier", "'" + p.identifier()
                        + "' is already the identifier of the activity on line " + earlier));
                continue;
            }
            for (ProjectRules.Problem x : ProjectRules.check(p, measureKeys)) {
                problems.add(new ImportProblem(file, reader.lineOf(x.field()), iatiName(x.field()), x.message()));
            }
            projects.add(p);
        }
        return new Read(problems.isEmpty() ? projects : List.of(), problems);
    }

    private static String iatiName(String field) {
        return switch (field) {
            case "identifier" -> "iati-identifier";
            case "countries" -> "recipient-country";
            case "sectors" -> "sector";
            case "measures", "pillars" -> "tag";
            case "end_date", "start_date" -> "activity-date";
            case "budget", "currency" -> "budget";
            case "status" -> "activity-status";
            case "organisations" -> "participating-org";
            default -> field;
        };
    }

    /** One activity read into a project; what cannot be read is added to the problems with its element's line. */
    private static final class Activity {
        private final String file;
        private final XmlTree.Element a;
        private final List<ImportProblem> problems;
        private final Map<String, Integer> lines = new HashMap<>();
        private final String defaultCurrency;

        Activity(String file, XmlTree.Element a, List<ImportProblem> problems) {
            this.file = file;
            this.a = a;
            this.problems = problems;
            this.defaultCurrency = a.attr("default-currency");
        }

        int lineOf(String field) {
            return lines.getOrDefault(field, a.line());
        }

        private void problem(XmlTree.Element at, String field, String message) {
            problems.add(new ImportProblem(file, at.line(), field, message));
        }

        Project project() {
            String identifier = a.first("iati-identifier").map(XmlTree.Element::textContent).orElse("");
            if (identifier.isEmpty()) {
                problem(a, "iati-identifier", "the activity has no <iati-identifier>");
                return null;
            }
            String title = a.first("title").map(Activity::narrative).orElse(null);
            a.first("title").ifPresent(t -> lines.put("title", t.line()));
            List<String> descriptions = new ArrayList<>();
            for (XmlTree.Element d : a.all("description")) {
                String type = d.attr("type");
                if (type == null || type.equals("1")) {
                    String text = narrative(d);
                    if (text != null) {
                        descriptions.add(text);
                    }
                }
            }
            List<Project.Participant> orgs = new ArrayList<>();
            for (XmlTree.Element o : a.all("participating-org")) {
                OrgRole role = OrgRole.ofIati(o.attr("role")).orElse(null);
                if (role == null) {
                    problem(o, "participating-org/@role", "role '" + (o.attr("role") == null ? "" : o.attr("role"))
                            + "' is not an IATI organisation role (1 funding, 2 accountable, 3 extending, 4 implementing)");
                    continue;
                }
                String name = narrative(o);
                if (name == null) {
                    name = o.attr("ref");
                }
                if (name == null) {
                    problem(o, "participating-org", "a participating organisation needs a <narrative> name or a ref");
                    continue;
                }
                lines.putIfAbsent("organisations", o.line());
                orgs.add(new Project.Participant(name, o.attr("ref"), o.attr("type"), role));
            }
            ProjectStatus status = null;
            var statusElement = a.first("activity-status");
            if (statusElement.isEmpty()) {
                problem(a, "activity-status", "the activity has no <activity-status>");
            } else {
                status = ProjectStatus.ofIati(statusElement.get().attr("code")).orElse(null);
                if (status == null) {
                    problem(statusElement.get(), "activity-status/@code", "'" + statusElement.get().attr("code")
                            + "' is not an IATI activity status (1 pipeline … 6 suspended)");
                }
            }
            LocalDate[] dates = new LocalDate[5];
            for (XmlTree.Element d : a.all("activity-date")) {
                String type = d.attr("type");
                if (type == null || !type.matches("[1-4]")) {
                    problem(d, "activity-date/@type", "'" + type + "' is not an activity date type (1–4)");
                    continue;
                }
                LocalDate date = date(d, "iso-date", "activity-date/@iso-date");
                if (date != null) {
                    dates[Integer.parseInt(type)] = date;
                    lines.put(type.equals("1") || type.equals("2") ? "start_date" : "end_date", d.line());
                }
            }
            LocalDate start = dates[2] != null ? dates[2] : dates[1];
            LocalDate end = dates[4] != null ? dates[4] : dates[3];
            List<Project.Recipient> countries = new ArrayList<>();
            for (XmlTree.Element c : a.all("recipient-country")) {
                String code = c.attr("code") == null ? "" : c.attr("code").toUpperCase(Locale.ROOT);
                String iso3 = code.equals("XK") ? ProjectRules.KOSOVO : Countries.bundled().byIso2(code).map(Country::iso3).orElse(null);
                if (iso3 == null) {
                    problem(c, "recipient-country/@code", "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
                    continue;
                }
                lines.putIfAbsent("countries", c.line());
                countries.add(new Project.Recipient(iso3, decimal(c, "percentage", "recipient-country/@percentage")));
            }
            List<String> regions = new ArrayList<>();
            for (XmlTree.Element r : a.all("recipient-region")) {
                String name = narrative(r);
                regions.add(name != null ? name : r.attr("code") == null ? "region" : "region " + r.attr("code"));
            }
            List<Project.Sector> sectors = new ArrayList<>();
            for (XmlTree.Element s : a.all("sector")) {
                String vocabulary = s.attr("vocabulary") == null ? Project.Sector.DAC : s.attr("vocabulary");
                String code = s.attr("code");
                if (code == null) {
                    problem(s, "sector/@code", "a sector needs a code");
                    continue;
                }
                lines.putIfAbsent("sectors", s.line());
                sectors.add(new Project.Sector(vocabulary, code, decimal(s, "percentage", "sector/@percentage")));
            }
            List<Pillar> pillars = new ArrayList<>();
            List<String> measures = new ArrayList<>();
            for (XmlTree.Element t : a.all("tag")) {
                String vocabulary = t.attr("vocabulary");
                String uri = t.attr("vocabulary-uri");
                String code = t.attr("code");
                if (code == null) {
                    continue;
                }
                if ("99".equals(vocabulary) && PILLAR_URI.equals(uri)) {
                    Pillar p = Pillar.parse(code).orElse(null);
                    if (p == null) {
                        problem(t, "tag/@code", "'" + code + "' is not a pillar (" + Pillar.codes() + ")");
                    } else if (!pillars.contains(p)) {
                        pillars.add(p);
                    }
                } else if ("99".equals(vocabulary) && MEASURE_URI.equals(uri)) {
                    lines.putIfAbsent("measures", t.line());
                    measures.add(code);
                } else if ("3".equals(vocabulary)) {   // SDG targets as tags (IATI 2.03), kept as sector vocabulary 8
                    sectors.add(new Project.Sector(Project.Sector.SDG_TARGET, code, null));
                } else if ("2".equals(vocabulary)) {
                    sectors.add(new Project.Sector("7", code, null));
                }
            }
            BigDecimal budget = null;
            String currency = null;
            List<XmlTree.Element> budgets = a.all("budget");
            List<XmlTree.Element> original = budgets.stream().filter(b -> !"2".equals(b.attr("type"))).toList();
            for (XmlTree.Element b : original.isEmpty() ? budgets : original) {
                var value = b.first("value");
                if (value.isEmpty()) {
                    problem(b, "budget/value", "a budget needs a <value>");
                    continue;
                }
                lines.putIfAbsent("budget", b.line());
                BigDecimal v = amount(value.get(), "budget/value");
                String c = value.get().attr("currency") != null ? value.get().attr("currency") : defaultCurrency;
                if (v == null) {
                    continue;
                }
                if (c == null) {
                    problem(value.get(), "budget/value/@currency", "a budget value needs a currency (or the activity a default-currency)");
                    continue;
                }
                if (currency != null && !currency.equals(c)) {
                    problem(value.get(), "budget/value/@currency", "budgets in " + currency + " and " + c
                            + ": Palermo keeps one budget per project, in one currency");
                    continue;
                }
                currency = c;
                budget = budget == null ? v : budget.add(v);
            }
            List<Project.Transaction> transactions = new ArrayList<>();
            for (XmlTree.Element t : a.all("transaction")) {
                String type = t.first("transaction-type").map(x -> x.attr("code")).orElse(null);
                var dateElement = t.first("transaction-date");
                var value = t.first("value");
                if (type == null || dateElement.isEmpty() || value.isEmpty()) {
                    problem(t, "transaction", "a transaction needs <transaction-type code>, <transaction-date iso-date> and <value>");
                    continue;
                }
                LocalDate date = date(dateElement.get(), "iso-date", "transaction-date/@iso-date");
                BigDecimal v = amount(value.get(), "transaction/value");
                String c = value.get().attr("currency") != null ? value.get().attr("currency") : defaultCurrency;
                if (date != null && v != null) {
                    if (c == null) {
                        problem(value.get(), "transaction/value/@currency", "a transaction value needs a currency (or the activity a default-currency)");
                        continue;
                    }
                    transactions.add(new Project.Transaction(type, date, v, c));
                }
            }
            return new Project(null, identifier, title, descriptions.isEmpty() ? null : String.join("\n\n", descriptions), orgs,
                    countries, regions, pillars, measures, sectors, start, end, budget, budget == null ? null : currency,
                    status == null ? ProjectStatus.IMPLEMENTATION : status, transactions, null);
        }

        private LocalDate date(XmlTree.Element e, String attribute, String field) {
            String text = e.attr(attribute);
            if (text == null) {
                problem(e, field, "a date is missing");
                return null;
            }
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException ex) {
                problem(e, field, "'" + text + "' is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        private BigDecimal decimal(XmlTree.Element e, String attribute, String field) {
            String text = e.attr(attribute);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException ex) {
                problem(e, field, "'" + text + "' is not a number");
                return null;
            }
        }

        private BigDecimal amount(XmlTree.Element value, String field) {
            String text = value.textContent().replace(",", "");
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException ex) {
                problem(value, field, "'" + value.textContent() + "' is not an amount");
                return null;
            }
        }

        /** The element's narrative: English or unmarked first, else the first; null when none has text. */
        private static String narrative(XmlTree.Element e) {
            List<XmlTree.Element> all = e.all("narrative");
            for (XmlTree.Element n : all) {
                String lang = n.attr("xml:lang");
                if ((lang == null || lang.equalsIgnoreCase("en")) && !n.textContent().isEmpty()) {
                    return n.textContent();
                }
            }
            return all.stream().map(XmlTree.Element::textContent).filter(t -> !t.isEmpty()).findFirst().orElse(null);
        }
    }

    /** Projects as an IATI 2.03 activity file. {@code wordings} gives each measure key its wording (a tag's narrative). */
    static byte[] write(List<Project> projects, Map<String, String> wordings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096 + projects.size() * 1500);
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(bytes, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("iati-activities");
            x.writeAttribute("version", "2.03");
            x.writeAttribute("generated-datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            x.writeCharacters("\n");
            x.writeComment(" Exported by Palermo's technical-assistance registry. Framework for Action pillars and measures are tags of"
                    + " vocabulary 99 (" + PILLAR_URI + ", " + MEASURE_URI + "). ");
            for (Project p : projects) {
                activity(x, p, wordings);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void activity(XMLStreamWriter x, Project p, Map<String, String> wordings) throws XMLStreamException {
        String in = "\n    ";
        x.writeCharacters("\n  ");
        x.writeStartElement("iati-activity");
        if (p.currency() != null) {
            x.writeAttribute("default-currency", p.currency());
        }
        element(x, in, "iati-identifier", p.identifier());
        Project.Participant reporter = p.organisations().stream().filter(o -> o.role() == OrgRole.FUNDING).findFirst().orElse(null);
        x.writeCharacters(in);
        x.writeStartElement("reporting-org");
        if (reporter != null && reporter.ref() != null) {
            x.writeAttribute("ref", reporter.ref());
        }
        if (reporter != null && reporter.type() != null) {
            x.writeAttribute("type", reporter.type());
        }
        narrative(x, reporter != null ? reporter.name() : "Palermo technical-assistance registry");
        x.writeEndElement();
        x.writeCharacters(in);
        x.writeStartElement("title");
        narrative(x, p.title());
        x.writeEndElement();
        if (p.description() != null) {
            x.writeCharacters(in);
            x.writeStartElement("description");
            x.writeAttribute("type", "1");
            narrative(x, p.description());
            x.writeEndElement();
        }
        for (Project.Participant o : p.organisations()) {
            x.writeCharacters(in);
            x.writeStartElement("participating-org");
            if (o.ref() != null) {
                x.writeAttribute("ref", o.ref());
            }
            x.writeAttribute("role", o.role().iati());
            if (o.type() != null) {
                x.writeAttribute("type", o.type());
            }
            narrative(x, o.name());
            x.writeEndElement();
        }
        empty(x, in, "activity-status", "code", p.status().iati());
        if (p.start() != null) {
            empty(x, in, "activity-date", "iso-date", p.start().toString(), "type", "1");
        }
        if (p.end() != null) {
            empty(x, in, "activity-date", "iso-date", p.end().toString(), "type", "3");
        }
        for (Project.Recipient r : p.countries()) {
            String iso2 = ProjectRules.KOSOVO.equals(r.country()) ? "XK"
                    : Countries.bundled().byIso3(r.country()).map(Country::iso2).orElse(r.country());
            if (r.percentage() != null) {
                empty(x, in, "recipient-country", "code", iso2, "percentage", r.percentage().toPlainString());
            } else {
                empty(x, in, "recipient-country", "code", iso2);
            }
        }
        for (String region : p.regions()) {
            x.writeCharacters(in);
            x.writeStartElement("recipient-region");
            x.writeAttribute("code", region.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            x.writeAttribute("vocabulary", "99");
            x.writeAttribute("vocabulary-uri", REGION_URI);
            narrative(x, region);
            x.writeEndElement();
        }
        for (Project.Sector s : p.sectors()) {
            if (s.percentage() != null) {
                empty(x, in, "sector", "vocabulary", s.vocabulary(), "code", s.code(), "percentage", s.percentage().toPlainString());
            } else {
                empty(x, in, "sector", "vocabulary", s.vocabulary(), "code", s.code());
            }
        }
        for (Pillar pillar : p.pillars()) {
            x.writeCharacters(in);
            x.writeStartElement("tag");
            x.writeAttribute("vocabulary", "99");
            x.writeAttribute("vocabulary-uri", PILLAR_URI);
            x.writeAttribute("code", pillar.name());
            narrative(x, pillar.label());
            x.writeEndElement();
        }
        for (String measure : p.measures()) {
            x.writeCharacters(in);
            x.writeStartElement("tag");
            x.writeAttribute("vocabulary", "99");
            x.writeAttribute("vocabulary-uri", MEASURE_URI);
            x.writeAttribute("code", measure);
            narrative(x, wordings.getOrDefault(measure, "Framework for Action, measure " + measure));
            x.writeEndElement();
        }
        if (p.budget() != null) {
            x.writeCharacters(in);
            x.writeStartElement("budget");
            x.writeAttribute("type", "1");
            x.writeAttribute("status", "1");
            // IATI wants a period; a project without dates keeps its budget without one rather than invent it
            if (p.start() != null && p.end() != null) {
                empty(x, in + "  ", "period-start", "iso-date", p.start().toString());
                empty(x, in + "  ", "period-end", "iso-date", p.end().toString());
            }
            x.writeCharacters(in + "  ");
            x.writeStartElement("value");
            x.writeAttribute("currency", p.currency());
            if (p.start() != null) {
                x.writeAttribute("value-date", p.start().toString());
            }
            x.writeCharacters(p.budget().toPlainString());
            x.writeEndElement();
            x.writeCharacters(in);
            x.writeEndElement();
        }
        for (Project.Transaction t : p.transactions()) {
            x.writeCharacters(in);
            x.writeStartElement("transaction");
            empty(x, in + "  ", "transaction-type", "code", t.type());
            empty(x, in + "  ", "transaction-date", "iso-date", t.date().toString());
            x.writeCharacters(in + "  ");
            x.writeStartElement("value");
            x.writeAttribute("currency", t.currency());
            x.writeAttribute("value-date", t.date().toString());
            x.writeCharacters(t.value().toPlainString());
            x.writeEndElement();
            x.writeCharacters(in);
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String indent, String name, String text) throws XMLStreamException {
        x.writeCharacters(indent);
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    private static void empty(XMLStreamWriter x, String indent, String name, String... attributes) throws XMLStreamException {
        x.writeCharacters(indent);
        x.writeEmptyElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private static void narrative(XMLStreamWriter x, String text) throws XMLStreamException {
        x.writeStartElement("narrative");
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    /** Text without the control characters XML 1.0 cannot carry (they would make the file unreadable). */
    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
