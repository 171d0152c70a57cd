package org.palermo.accounts;

import org.palermo.system.Role;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the very first start, creates the account "admin" and prints its password once. */
@Component
@Order(0)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "palermo.serve", havingValue = "true")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;

    FirstAdministrator(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        String password = Accounts.randomPassword();
        accounts.add("admin", Role.ADMIN, null, password);
        log.warn("Created the first administrator. Sign in as 'admin' with password {} (shown only this once).", password);
    }
}
