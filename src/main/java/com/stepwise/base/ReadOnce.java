package com.stepwise.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A screen built in one read-only transaction asks the database each question once. The client page's sections each
 * go through their feature's service, and each service checks the client, the plan, the sign-offs again: without this,
 * opening the page read the client's row twelve times. Reads answered here are only those marked with
 * {@link #remember}, and only inside a read-only transaction, which cannot have changed what it read; elsewhere
 * {@code remember} just reads.
 */
@Component
public class ReadOnce {

    private final TransactionTemplate readOnly;

    ReadOnce(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Builds a screen (or part of one) in one read-only transaction, so repeated reads are answered once. */
    public void during(Runnable build) {
        readOnly.executeWithoutResult(status -> build.run());
    }

    /** Whether reads are being remembered here: a read-only transaction is under way. */
    public static boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * The answer to {@code read}, asked once per read-only transaction for the same key. The key names the question
     * and its parameters, as in {@code List.of("client", id)}.
     */
    public static <T> T remember(List<?> key, Supplier<T> read) {
        if (!active()) {
            return read.get();
        }
        var answers = answers();
        if (answers.containsKey(key)) {
            @SuppressWarnings("unchecked")
            T known = (T) answers.get(key);
            return known;
        }
        T answer = read.get();
        answers.put(key, answer);
        return answer;
    }

    /**
     * Records the answer to a question asked under {@code key} that a wider read has already answered (a client's
     * plans with all their versions answer "this plan" and "its versions" for each), so {@link #remember} does not
     * ask again. Outside a read-only transaction it does nothing.
     */
    public static void know(List<?> key, Object answer) {
        if (active()) {
            answers().putIfAbsent(key, answer);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<List<?>, Object> answers() {
        var answers = (Map<List<?>, Object>) TransactionSynchronizationManager.getResource(ReadOnce.class);
        if (answers == null) {
            var fresh = new HashMap<List<?>, Object>();
            TransactionSynchronizationManager.bindResource(ReadOnce.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnce.class);
                }
            });
            answers = fresh;
        }
        return answers;
    }
}
