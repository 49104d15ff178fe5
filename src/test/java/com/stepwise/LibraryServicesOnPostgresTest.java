package com.stepwise;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The same contract on a real PostgreSQL, the production database: same migrations, same behaviour. */
@SpringBootTest
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class LibraryServicesOnPostgresTest extends LibraryServicesContract {
}
