package org.palermo.cli;

import java.util.concurrent.Callable;

import org.palermo.accounts.Accounts;
import org.palermo.system.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", description = "Manage accounts: add, token, revoke, password.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.Revoke.class, UserCommand.Password.class})
class UserCommand {

    @Command(name = "add", description = "Create an account; prints its one-time API token as the last line.")
    static class Add implements Callable<Integer> {
        @Mixin
        Database database;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, description = "RESEARCHER, FOCAL_POINT, REVIEWER, ANALYST or ADMIN")
        Role role;

        @Option(names = "--country", paramLabel = "ISO3", description = "The country of a FOCAL_POINT")
        String country;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = database.open()) {
                Accounts.Created created = context.getBean(Accounts.class).add(name, role, country, null);
                System.err.println("Created " + role + " '" + created.account().name() + "'"
                        + (created.account().country() == null ? "" : " for " + created.account().country())
                        + ". Its API token follows; it is shown only once.");
                System.out.println(created.token());
            }
            return 0;
        }
    }

    @Command(name = "token", description = "Issue a new API token for an account; prints it as the last line.")
    static class Token implements Callable<Integer> {
        @Mixin
        Database database;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--days", description = "Days until the token expires (default: never)")
        Integer days;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = database.open()) {
                java.time.Instant expires = days == null ? null : java.time.Instant.now().plus(java.time.Duration.ofDays(days));
                System.out.println(context.getBean(Accounts.class).newToken(name, expires));
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke every API token of an account.")
    static class Revoke implements Callable<Integer> {
        @Mixin
        Database database;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = database.open()) {
                int n = context.getBean(Accounts.class).revokeTokens(name);
                System.out.println("Revoked " + n + " token(s) of " + name);
            }
            return 0;
        }
    }

    @Command(name = "password", description = "Set the browser sign-in password of an account (read from standard input).")
    static class Password implements Callable<Integer> {
        @Mixin
        Database database;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws java.io.IOException {
            String password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            try (ConfigurableApplicationContext context = database.open()) {
                context.getBean(Accounts.class).setPassword(name, password == null ? "" : password.strip());
                System.out.println("Password set for " + name);
            }
            return 0;
        }
    }
}
