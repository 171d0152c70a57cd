package org.palermo.accounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.palermo.system.InvalidInputException;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * What a sign-in password must be (OWASP ASVS 4 §2.1, level 2): at least {@value #MIN} characters and at most
 * {@value #MAX} (any characters, spaces and pass phrases welcome, no rules on character classes), not the
 * account's name, and not one of the 30,000 most common passwords of leaked dumps (case-insensitive; the list
 * and its origin: {@code data/accounts/}). Checked by Passay whenever a password is set.
 */
@Component
public class PasswordRules {

    static final int MIN = 12;
    static final int MAX = 128;
    static final String BREACHED = "data/accounts/breached-passwords.txt";

    private final PasswordValidator validator;

    PasswordRules() {
        ArrayWordList breached;
        try (Reader in = new InputStreamReader(PasswordRules.class.getClassLoader().getResourceAsStream(BREACHED), StandardCharsets.UTF_8)) {
            breached = WordLists.createFromReader(new Reader[] {in}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the breached-password list " + BREACHED, e);
        }
        validator = new PasswordValidator(new LengthRule(MIN, MAX), new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(breached)));
    }

    /** Throws naming what is wrong with the password; says nothing of the password itself. */
    public void check(String userName, String password) {
        if (password == null) {
            throw new InvalidInputException("password", "A password is required");
        }
        RuleResult result = validator.validate(new PasswordData(userName == null ? "" : userName, password));
        if (result.isValid()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (RuleResultDetail d : result.getDetails()) {
            String problem = switch (d.getErrorCode()) {
                case LengthRule.ERROR_CODE_MIN -> "it needs at least " + MIN + " characters (a phrase of a few words is easiest)";
                case LengthRule.ERROR_CODE_MAX -> "it may have at most " + MAX + " characters";
                case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "it may not contain the account's name";
                case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "it is on a list of passwords leaked in data breaches";
                default -> d.getErrorCode().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            };
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        throw new InvalidInputException("password", "This password cannot be used: " + String.join("; ", problems));
    }
}
