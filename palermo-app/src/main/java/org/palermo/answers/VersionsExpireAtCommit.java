package org.palermo.answers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * After any write transaction of this process commits, every {@link LiveVersion} is read again at its next
 * use: an import, a publication, a review decision is in the very next answer, without the writers having to
 * know which answers depend on what they wrote. (Spring Boot registers this listener with the transaction
 * manager.) Writes are rare next to reads, so expiring every version costs one small query per version.
 */
@Component
class VersionsExpireAtCommit implements TransactionExecutionListener {

    private final ObjectProvider<LiveVersion> versions;

    VersionsExpireAtCommit(ObjectProvider<LiveVersion> versions) {
        this.versions = versions;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        // also after a failed commit: whether it took effect is unknown, so the number is read again
        if (!transaction.isReadOnly()) {
            versions.forEach(LiveVersion::expire);
        }
    }
}
