package com.stepwise.scale;

import com.stepwise.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link ScaleBenchmark} on the app's default database: an H2 file (a fresh one under target/), with the query cache
 * off so no repeated result is answered from memory.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/scale-benchmark/stepwise-${random.uuid};QUERY_CACHE_SIZE=0",
    "stepwise.demo.enabled=false"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ScaleBenchmarkOnH2File extends ScaleBenchmark {

    @Override
    String database() {
        return "H2 file";
    }
}
