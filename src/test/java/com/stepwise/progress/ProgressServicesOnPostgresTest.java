package com.stepwise.progress;

import com.stepwise.PostgresTestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The progress contract on a real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class ProgressServicesOnPostgresTest extends ProgressServicesContract {
}
