package org.palermo.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Browser sign-in with a name and password. After {@value #MAX_FAILURES} failures in a row a name is
 * locked for {@link #LOCK} — enough to stop password guessing, short enough not to lock a person out for long.
 * Known and unknown names get the same answers (a wrong password, a lock) after the same hashing work.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    /** Checked against when the name is unknown, so that an unknown name costs the same hashing as a wrong password. */
    private final String decoy;

    PasswordLogin(Accounts accounts, PasswordEncoder passwords, Audit audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.decoy = passwords.encode(Accounts.randomPassword());
    }

    /** Names tracked at most: made-up names must not grow memory without limit. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    /** Drops counters that lock nothing now; if still full, starts afresh (a lock is then at most lifted early). */
    private void forgetStale() {
        Instant now = Instant.now();
        failures.values().removeIf(f -> f.lockedUntil() == null || f.lockedUntil().isBefore(now));
        if (failures.size() >= MAX_TRACKED) {
            failures.clear();
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        // PostgreSQL text cannot hold NUL: such a name matches no account and is audited with "\0" instead.
        String name = String.valueOf(authentication.getName()).replace("\u0000", "\\0");
        String password = String.valueOf(authentication.getCredentials());
        Failures f = failures.get(name);
        if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(Instant.now())) {
            audit.refused(name, "auth.login", "user:" + name, "locked after repeated failures");
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        // An unknown name is checked against the decoy: the same answer after the same work, so a caller cannot
        // tell which names have accounts (ASVS 2.2.1, 3.2); failures are counted, and lock, per name either way.
        var hash = accounts.passwordHash(name);
        boolean matched = passwords.matches(password, hash.orElse(decoy));
        boolean ok = hash.isPresent() && matched;
        if (!ok) {
            if (failures.size() >= MAX_TRACKED) {
                forgetStale();
            }
            failures.compute(name, (k, old) -> {
                int count = old == null ? 1 : old.count() + 1;
                return new Failures(count, count >= MAX_FAILURES ? Instant.now().plus(LOCK) : null);
            });
            audit.refused(name, "auth.login", "user:" + name, "bad name or password");
            throw new BadCredentialsException("Bad name or password");
        }
        failures.remove(name);
        Principal p = accounts.byName(name).orElseThrow(() -> new BadCredentialsException("Bad name or password"));
        audit.recordAs(name, "auth.login", "user:" + name, "signed in");
        return new UsernamePasswordAuthenticationToken(p, null, List.of(new SimpleGrantedAuthority(p.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
