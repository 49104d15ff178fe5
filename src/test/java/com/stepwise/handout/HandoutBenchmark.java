package com.stepwise.handout;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.i18n.Language;
import com.stepwise.clinic.ClinicService;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures how long one handout takes to draw, warm, and how big it is. Not part of the suite (its name does not end
 * in Test) and asserts nothing about time: it prints figures for docs/performance.md. Run it with
 * {@code ./mvnw test -Dtest=HandoutBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * The plan: the canonical chain over three stages with 8 exercises (5 now, 2 next, 1 after), and a clinic logo
 * uploaded as a 1.2 MB JPEG; printed for an English client with an accented name, an Arabic client with an Arabic
 * name (right to left, the Arabic catalogue) and a client named in Chinese, so every font, drawing and section is
 * exercised. The wall time of each draw and the thread's CPU time are both reported.
 */
@IntegrationTest
class HandoutBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 300;

    @Autowired
    HandoutService handouts;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    ClinicService clinics;
    @Autowired
    TestClinics signIn;

    @Test
    void drawTheDemoHandout() throws Exception {
        signIn.atNewClinic();
        fixture.brand("Riverside Physiotherapy", "Questions? Call us between 8:00 and 18:00.");
        var logo = HandoutPrintTest.noisyJpeg(2000, 800);
        clinics.uploadLogo(logo);
        var threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%nHandout benchmark: logo uploaded as a %.2f MB JPEG, stored %d × %d px; load average %s%n",
                logo.length / 1024.0 / 1024.0, clinics.logo().orElseThrow().width(),
                clinics.logo().orElseThrow().height(), Files.loadAverage());
        for (var client : List.of(new Object[] {"Zoë", "Ångström", Language.ENGLISH},
                new Object[] {"أحمد", "الهاشمي", Language.ARABIC}, new Object[] {"伟", "张", Language.ENGLISH})) {
            long id = fixture.client((String) client[0], (String) client[1], (Language) client[2], false);
            var data = handouts.data(fixture.demoPlan(id), HandoutService.Request.current());
            for (int i = 0; i < WARM_UP; i++) {
                handouts.render(data);
            }
            long[] nanos = new long[MEASURED];
            long cpu = threads.getCurrentThreadCpuTime();
            int size = 0;
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                size = handouts.render(data).pdf().length;
                nanos[i] = System.nanoTime() - start;
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            Arrays.sort(nanos);
            System.out.printf("  %s %s (%s): median %.1f ms, 95th percentile %.1f ms, CPU %.1f ms per handout, "
                            + "size %.0f KB (%d runs after %d warm-up)%n", client[0], client[1],
                    ((Language) client[2]).englishName(), nanos[MEASURED / 2] / 1e6,
                    nanos[(int) (MEASURED * 0.95)] / 1e6, cpu / 1e6 / MEASURED, size / 1024.0, MEASURED, WARM_UP);
        }
        signIn.signOut();
    }

    private static final class Files {
        static String loadAverage() throws java.io.IOException {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        }
    }
}
