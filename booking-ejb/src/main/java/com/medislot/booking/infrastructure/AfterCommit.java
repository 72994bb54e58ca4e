package com.medislot.booking.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current JTA transaction has committed (never after a rollback), at most
 * once per transaction for a given key. The action runs in the transaction's completion callback
 * and should only hand work over (wake a thread, submit a task). In a message-driven bean's
 * transaction that callback runs on the resource adapter's thread, where a session bean call fails
 * (the container cannot resume the finished transaction after it): there the action must call a CDI
 * bean, as {@code NotificationIntake} does.
 */
public final class AfterCommit {

  private AfterCommit() {}

  /**
   * @param key names the action in this transaction: a second call with the same key adds nothing
   */
  public static void run(
      TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
    if (transactions.getResource(key) != null) {
      return;
    }
    transactions.putResource(key, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
