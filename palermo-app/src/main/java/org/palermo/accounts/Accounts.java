package org.palermo.accounts;

import org.palermo.system.Role;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their API tokens. Tokens and passwords are stored only as hashes. */
@Service
public class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;
    private final Audit audit;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordRules rules, Audit audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.rules = rules;
        this.audit = audit;
    }

    /** A new account and its first API token, shown here once. */
    public record Created(Principal account, String token) {
    }

    @Transactional
    public Created add(String name, Role role, String country, String password) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100 || !cleanName.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new InvalidInputException("name", "User name must be 1–100 letters, digits, '.', '_', '@' or '-'");
        }
        String iso3 = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (role == Role.FOCAL_POINT && iso3 == null) {
            throw new InvalidInputException("country", "A FOCAL_POINT account needs --country ISO3");
        }
        if (iso3 != null && !Countries.bundled().isKnown(iso3)) {
            throw new InvalidInputException("country", "Unknown ISO 3166-1 alpha-3 country code '" + iso3 + "'");
        }
        if (password != null) {
            rules.check(cleanName, password);
        }
        long id;
        try {
            id = jdbc.sql("insert into app_user (name, role, country, password_hash) values (:n, :r, :c, :p) returning id")
                    .param("n", cleanName).param("r", role.name()).param("c", iso3)
                    .param("p", password == null ? null : passwords.encode(password))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "A user named '" + cleanName + "' already exists");
        }
        Principal account = new Principal(id, cleanName, role, iso3);
        String token = issueToken(id, "created with the account", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", cleanName);
        after.put("role", role.name());
        after.put("country", iso3);
        audit.record("user.add", "user:" + cleanName, null, after);
        return new Created(account, token);
    }

    @Transactional
    public String newToken(String userName, Instant expiresAt) {
        Principal p = byName(userName).orElseThrow(() -> new InvalidInputException("name", "No user named '" + userName + "'"));
        String token = issueToken(p.userId(), "issued", expiresAt);
        audit.record("token.issue", "user:" + userName, null, Map.of("expires_at", String.valueOf(expiresAt)));
        return token;
    }

    /** Revokes every token of a user; returns how many were live. */
    @Transactional
    public int revokeTokens(String userName) {
        Principal p = byName(userName).orElseThrow(() -> new InvalidInputException("name", "No user named '" + userName + "'"));
        int n = jdbc.sql("update api_token set revoked_at = now() where user_id = :id and revoked_at is null")
                .param("id", p.userId()).update();
        audit.record("token.revoke", "user:" + userName, null, Map.of("revoked", n));
        return n;
    }

    @Transactional
    public void setPassword(String userName, String password) {
        rules.check(userName, password);
        int n = jdbc.sql("update app_user set password_hash = :p where name = :n")
                .param("p", passwords.encode(password)).param("n", userName).update();
        if (n == 0) {
            throw new InvalidInputException("name", "No user named '" + userName + "'");
        }
        audit.record("user.password", "user:" + userName, null, null);
    }

    public Optional<Principal> byName(String name) {
        return jdbc.sql("select id, name, role, country from app_user where name = :n and not disabled")
                .param("n", name).query((rs, i) -> new Principal(rs.getLong(1), rs.getString(2),
                        Role.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    public List<Principal> all() {
        return jdbc.sql("select id, name, role, country from app_user order by name")
                .query((rs, i) -> new Principal(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    /** The account behind a live token, if any. */
    Optional<Principal> byToken(String token) {
        return jdbc.sql("""
                        select u.id, u.name, u.role, u.country
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :h and t.revoked_at is null
                          and (t.expires_at is null or t.expires_at > now()) and not u.disabled""")
                .param("h", sha256(token))
                .query((rs, i) -> new Principal(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    Optional<String> passwordHash(String name) {
        return jdbc.sql("select password_hash from app_user where name = :n and not disabled and password_hash is not null")
                .param("n", name).query(String.class).optional();
    }

    private String issueToken(long userId, String label, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "plm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (user_id, token_hash, label, expires_at) values (:u, :h, :l, :e)")
                .param("u", userId).param("h", sha256(token)).param("l", label)
                .param("e", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .update();
        return token;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random password for the first administrator, printed once. */
    static String randomPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
