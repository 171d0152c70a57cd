package org.palermo.profiles;

import java.util.concurrent.atomic.AtomicLong;

import org.palermo.answers.KeptAnswers;
import org.palermo.answers.LiveVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profiles kept until any data they rest on change. A profile gathers facts, statistics, registries, case law and
 * whatever sections other modules contribute, so its version is the sum of every module's {@link LiveVersion}
 * (each bumped by its own database trigger) plus the number of write transactions this process has committed: a
 * contributing module without a version of its own (the checklist, technical assistance) is still in the very next
 * answer after a change made through this server. A change by another process to a module with a version is seen
 * within a second, as for every kept answer; to one without, at the next write through this server.
 */
@Component
class ProfileAnswers implements TransactionExecutionListener {

    private final AtomicLong commits = new AtomicLong();
    private final KeptAnswers kept;

    ProfileAnswers(JdbcClient jdbc, ObjectProvider<LiveVersion> versions, JsonMapper json) {
        this.kept = new KeptAnswers(new Sum(jdbc, versions, commits), json, 600, 64L << 20);
    }

    KeptAnswers kept() {
        return kept;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (!transaction.isReadOnly()) {
            commits.incrementAndGet();
        }
    }

    /**
     * Every module's version plus this process's commits: it grows whenever any of them grows, so an answer kept
     * for one sum is never served after a change. (Not a bean: the sum must not count itself.)
     */
    private static final class Sum extends LiveVersion {
        private final ObjectProvider<LiveVersion> versions;
        private final AtomicLong commits;

        Sum(JdbcClient jdbc, ObjectProvider<LiveVersion> versions, AtomicLong commits) {
            super(jdbc, "registry_data_version");
            this.versions = versions;
            this.commits = commits;
        }

        @Override
        public long current() {
            // commits first: a commit between the two reads then shows in the next request's sum, never in none
            long sum = commits.get();
            for (LiveVersion v : versions) {
                sum += v.current();
            }
            return sum;
        }
    }
}
