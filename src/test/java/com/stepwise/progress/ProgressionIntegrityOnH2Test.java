package com.stepwise.progress;

import com.stepwise.IntegrationTest;

/** The progression-integrity contract on the embedded default database. */
@IntegrationTest
class ProgressionIntegrityOnH2Test extends ProgressionIntegrityContract {
}
