package org.palermo.caselaw;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** When serving, the case index is brought up to date (or built, if missing) before the first search. */
@Component
@Order(90)
@ConditionalOnProperty(name = "palermo.serve", havingValue = "true")
class CaseIndexAtStart implements ApplicationRunner {

    private final CaseIndex index;

    CaseIndexAtStart(CaseIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.sync();
    }
}
