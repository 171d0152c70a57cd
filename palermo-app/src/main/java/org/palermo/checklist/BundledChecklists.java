package org.palermo.checklist;

import java.util.List;

import org.palermo.system.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two checklists of seed 003 (Annex III's measures, Annex II's recommendations), loaded once as their
 * first versions. They are part of the product, not demo data: loaded whatever the mode.
 */
@Component
@Order(15)
class BundledChecklists implements ApplicationRunner {

    static final String PART = "checklist:seed-003";

    private final Checklists checklists;
    private final DemoData demoData;
    private final JdbcClient jdbc;

    BundledChecklists(Checklists checklists, DemoData demoData, JdbcClient jdbc) {
        this.checklists = checklists;
        this.demoData = demoData;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadReferenceOnce(PART, this::load);
    }

    private String load() {
        StringBuilder detail = new StringBuilder();
        for (List<String> row : DemoData.csv("data/checklist/checklists.csv")) {
            String id = row.get(0);
            jdbc.sql("insert into checklist (id, title, description) values (:id, :t, :d) on conflict (id) do nothing")
                    .param("id", id).param("t", row.get(1)).param("d", row.get(2)).update();
            Checklists.Imported imported = checklists.importVersion(row.get(3), DemoData.bytes("data/checklist/" + row.get(3)), row.get(1));
            detail.append(detail.isEmpty() ? "" : "; ").append(id).append(' ').append(imported.version()).append(": ")
                    .append(imported.measures()).append(" measures");
        }
        return detail.toString();
    }
}
