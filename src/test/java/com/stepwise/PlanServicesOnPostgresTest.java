package com.stepwise;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The plan contract on a real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class PlanServicesOnPostgresTest extends PlanServicesContract {
}
