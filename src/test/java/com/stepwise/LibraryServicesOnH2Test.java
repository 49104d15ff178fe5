package com.stepwise;

/** The library contract on the embedded default database. */
@IntegrationTest
class LibraryServicesOnH2Test extends LibraryServicesContract {
}
