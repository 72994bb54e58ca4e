/**
 * The one-machine runtime of Medislot and the shared test harness.
 *
 * <p>{@link com.medislot.launcher.EmbeddedDatabase} (a real PostgreSQL), {@link
 * com.medislot.launcher.EmbeddedBroker} (ActiveMQ Artemis), {@link com.medislot.launcher.Secrets}
 * (JWT signing keys and passwords generated on first use) and {@link
 * com.medislot.launcher.PayaraMicroProcess} (Payara Micro running the resource adapter and the
 * application) are reusable building blocks: the integration tests start the database and the
 * broker with them. {@link com.medislot.launcher.AppSettings} names the configuration the
 * application reads, so that the launcher and the tests hand it over identically. {@link
 * com.medislot.launcher.Main} wires them together for a user.
 *
 * <p>Everything started here listens on 127.0.0.1 only. Nothing in this package calls {@code
 * System.exit} except {@code Main}.
 */
package com.medislot.launcher;
