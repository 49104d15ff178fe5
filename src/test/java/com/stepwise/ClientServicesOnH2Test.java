package com.stepwise;

/** The client contract on the embedded default database. */
@IntegrationTest
class ClientServicesOnH2Test extends ClientServicesContract {
}
