package org.palermo.extraction;

import java.util.List;

/** A country's role in trafficking flows, with the counterpart country when stated. */
public record CountryRole(String country, Role role, String counterpart, List<Form> forms,
        List<VictimGroup> victimGroups, Evidence evidence) implements Fact {

    public CountryRole {
        forms = List.copyOf(forms);
        victimGroups = List.copyOf(victimGroups);
    }

    @Override
    public String type() {
        return "country_role";
    }
}
