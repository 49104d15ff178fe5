package com.stepwise.scale;

import com.stepwise.PostgresTestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** {@link ScaleBenchmark} on PostgreSQL (embedded, a real server process whose CPU is read from /proc). */
@SpringBootTest
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class ScaleBenchmarkOnPostgres extends ScaleBenchmark {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    long databaseCpuNanos() {
        return processCpuNanos("postgres");
    }
}
