package com.stepwise;

import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Swaps the database for a real, embedded PostgreSQL; Flyway migrates it like any production database. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestClockConfiguration.class)
public class PostgresTestConfiguration {

    @Bean
    DataSource dataSource() {
        return EmbeddedPostgresDatabase.dataSource();
    }
}
