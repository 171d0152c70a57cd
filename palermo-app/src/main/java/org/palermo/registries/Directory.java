package org.palermo.registries;

import static org.palermo.registries.DirectoryField.Kind.BOOLEAN;
import static org.palermo.registries.DirectoryField.Kind.CODE;
import static org.palermo.registries.DirectoryField.Kind.CODES;
import static org.palermo.registries.DirectoryField.Kind.COUNTRY;
import static org.palermo.registries.DirectoryField.Kind.EMAIL;
import static org.palermo.registries.DirectoryField.Kind.ID;
import static org.palermo.registries.DirectoryField.Kind.LANGUAGES;
import static org.palermo.registries.DirectoryField.Kind.LATITUDE;
import static org.palermo.registries.DirectoryField.Kind.LONGITUDE;
import static org.palermo.registries.DirectoryField.Kind.PHONE;
import static org.palermo.registries.DirectoryField.Kind.TEXT;
import static org.palermo.registries.DirectoryField.Kind.URL;

import java.util.List;

/**
 * The two directories, as data: the network of national contact points and the directory of service providers.
 * Each field is the same in JSON, CSV and XLSX; personal fields are for signed-in practitioners only.
 */
enum Directory {

    CONTACT_POINTS("contact_point", "contact", "contact points", "organisation", "role", List.of(
            DirectoryField.of("id", ID, "empty for a new entry; the id of an entry to change"),
            DirectoryField.required("country", COUNTRY, "ISO 3166 alpha-3"),
            DirectoryField.required("organisation", TEXT, "the ministry, agency or office"),
            DirectoryField.of("unit", TEXT, "department or unit"),
            DirectoryField.codes("role", CODE, true, ContactRole.values(), "one role"),
            DirectoryField.codes("languages", LANGUAGES, false, new Enum<?>[0], "ISO 639 codes separated by ;"),
            DirectoryField.codes("channels", CODES, false, DirectoryCodes.Channel.values(), "how to reach it, separated by ;"),
            DirectoryField.of("website", URL, "the organisation's web address"),
            DirectoryField.personal("person_name", TEXT, "the person (signed-in practitioners only)"),
            DirectoryField.personal("person_title", TEXT, "the person's title"),
            DirectoryField.personal("email", EMAIL, "e-mail (signed-in practitioners only)"),
            DirectoryField.personal("phone", PHONE, "phone (signed-in practitioners only)"),
            DirectoryField.required("source", TEXT, "where the entry comes from: a notification, a document, a reply"),
            DirectoryField.of("published", BOOLEAN, "true (default): the public sees it; false: signed-in accounts only"))),

    SERVICE_PROVIDERS("service_provider", "provider", "service providers", "name", "type", List.of(
            DirectoryField.of("id", ID, "empty for a new entry; the id of an entry to change"),
            DirectoryField.required("country", COUNTRY, "ISO 3166 alpha-3"),
            DirectoryField.required("name", TEXT, "the provider"),
            DirectoryField.codes("type", CODE, true, DirectoryCodes.ProviderType.values(), "one type"),
            DirectoryField.of("state_run", BOOLEAN, "true: a State actor; false: not; empty: not known"),
            DirectoryField.codes("services", CODES, false, DirectoryCodes.Service.values(), "services, separated by ;"),
            DirectoryField.codes("target_groups", CODES, false, DirectoryCodes.TargetGroup.values(), "who it serves, separated by ;"),
            DirectoryField.codes("languages", LANGUAGES, false, new Enum<?>[0], "ISO 639 codes separated by ;"),
            DirectoryField.of("city", TEXT, "city or district"),
            DirectoryField.of("latitude", LATITUDE, "degrees; the public sees it rounded to 0.1°"),
            DirectoryField.of("longitude", LONGITUDE, "degrees; the public sees it rounded to 0.1°"),
            DirectoryField.of("website", URL, "web address"),
            DirectoryField.of("hotline", PHONE, "a public helpline"),
            DirectoryField.personal("person_name", TEXT, "the contact person (signed-in practitioners only)"),
            DirectoryField.personal("email", EMAIL, "e-mail (signed-in practitioners only)"),
            DirectoryField.personal("phone", PHONE, "phone (signed-in practitioners only)"),
            DirectoryField.required("source", TEXT, "where the entry comes from"),
            DirectoryField.of("published", BOOLEAN, "true (default): the public sees it; false: signed-in accounts only")));

    final String table;
    final String noun;
    final String plural;
    final String nameField;
    final String categoryField;
    final List<DirectoryField> fields;

    Directory(String table, String noun, String plural, String nameField, String categoryField, List<DirectoryField> fields) {
        this.table = table;
        this.noun = noun;
        this.plural = plural;
        this.nameField = nameField;
        this.categoryField = categoryField;
        this.fields = fields;
    }

    DirectoryField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The fields stored in the table (all but the id). */
    List<DirectoryField> columns() {
        return fields.stream().filter(f -> f.kind() != DirectoryField.Kind.ID).toList();
    }

    /** The path segment of the API and pages: "contacts", "providers". */
    String path() {
        return this == CONTACT_POINTS ? "contacts" : "providers";
    }
}
