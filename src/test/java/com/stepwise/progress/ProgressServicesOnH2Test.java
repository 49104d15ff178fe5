package com.stepwise.progress;

import com.stepwise.IntegrationTest;

/** The progress contract on the embedded default database. */
@IntegrationTest
class ProgressServicesOnH2Test extends ProgressServicesContract {
}
