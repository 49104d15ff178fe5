package com.stepwise.progress;

import com.stepwise.PostgresTestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The progression-integrity contract on a real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class ProgressionIntegrityOnPostgresTest extends ProgressionIntegrityContract {
}
