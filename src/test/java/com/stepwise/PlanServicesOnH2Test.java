package com.stepwise;

/** The plan contract on the embedded default database. */
@IntegrationTest
class PlanServicesOnH2Test extends PlanServicesContract {
}
