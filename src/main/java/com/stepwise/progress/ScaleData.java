package com.stepwise.progress;

import com.stepwise.base.SearchKey;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A clinic at full size, for trying the app and for measuring it: thousands of clients, each with an active plan and
 * months of daily logs. Rows are written straight to the tables in batches (the services would take an hour for a
 * million logs); the shapes are the ones the app writes. About one client in fifty reports a red flag this fortnight,
 * one in twenty has pain rising this week, one in twenty-five was found ready to progress, and one in ten has gone
 * quiet, so the Today list has work to show. What the app keeps per client for Today is written from the same rows.
 * <p>
 * Started by {@code ScaleDemo} (profile {@code scale}) or by {@code ScaleBenchmark}; see docs/performance.md.
 */
@Component
public class ScaleData {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScaleData(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds {@code clientCount} clients to the clinic, each with a copy of the clinic's first active plan and a log of
     * its first exercise on most of the last {@code days} days. Returns the number of log rows written.
     */
    public long generate(long clinicId, int clientCount, int days) {
        var model = jdbc.queryForMap("""
                select pv.content, p.title from plan_version pv join plan p on p.id = pv.plan_id
                where p.clinic_id = ? and pv.state = 'ACTIVE' order by pv.id fetch first 1 rows only""", clinicId);
        String content = (String) model.get("content");
        long exerciseId = firstExercise(content);
        var now = Timestamp.from(clock.instant());
        var longAgo = Timestamp.from(clock.instant().minusSeconds(86_400L * (days + 1)));
        LocalDate today = LocalDate.now(clock);
        var random = new Random(42);
        long logs = 0;
        for (int first = 0; first < clientCount; first += BATCH) {
            int count = Math.min(BATCH, clientCount - first);
            int offset = first;
            logs += transactions.execute(tx -> addClients(clinicId, offset, count, content,
                    (String) model.get("title"), exerciseId, days, today, now, longAgo, random));
        }
        return logs;
    }

    private long addClients(long clinicId, int offset, int count, String content, String title, long exerciseId,
                            int days, LocalDate today, Timestamp now, Timestamp longAgo, Random random) {
        var clients = new ArrayList<Object[]>();
        for (int i = offset; i < offset + count; i++) {
            String first = firstName(i);
            String last = lastName(i);
            clients.add(new Object[] {clinicId, first, last, SearchKey.stored(first), SearchKey.stored(last),
                    Date.valueOf(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000))), longAgo, longAgo});
        }
        jdbc.batchUpdate("""
                insert into client (clinic_id, first_name, last_name, first_name_key, last_name_key, date_of_birth,
                                    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", clients);
        List<Long> clientIds = jdbc.queryForList("select id from client where clinic_id = ? order by id desc "
                + "fetch first " + count + " rows only", Long.class, clinicId).reversed();

        jdbc.batchUpdate("""
                insert into plan (clinic_id, client_id, title, status, created_at, updated_at)
                values (?, ?, ?, 'ACTIVE', ?, ?)""", clientIds.stream()
                .map(id -> new Object[] {clinicId, id, title, longAgo, longAgo}).toList());
        List<Long> planIds = jdbc.queryForList("select id from plan where clinic_id = ? order by id desc "
                + "fetch first " + count + " rows only", Long.class, clinicId).reversed();
        jdbc.batchUpdate("""
                insert into plan_version (plan_id, number, state, content, created_at, created_by_name,
                                          activated_at, activated_by_name)
                values (?, 1, 'ACTIVE', ?, ?, 'Scale data', ?, 'Scale data')""", planIds.stream()
                .map(id -> new Object[] {id, content, longAgo, longAgo}).toList());
        long written = 0;
        var logs = new ArrayList<Object[]>();
        var flags = new ArrayList<Object[]>();
        var attention = new ArrayList<Object[]>();
        for (int n = 0; n < clientIds.size(); n++) {
            long clientId = clientIds.get(n);
            int kind = offset + n;
            boolean quiet = kind % 10 == 3;
            boolean redFlag = kind % 50 == 7;
            boolean painRising = kind % 20 == 11;
            int basePain = 1 + random.nextInt(4);
            // What the app keeps for Today, from the same rows: the last day logged and the two weeks up to it.
            LocalDate lastDay = null;
            var pains = new int[2][2];
            for (int daysAgo = quiet ? 20 : 0; daysAgo < days; daysAgo++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                int pain = Math.min(10, basePain + random.nextInt(2) + (painRising && daysAgo < 7 ? 3 : 0));
                var day = today.minusDays(daysAgo);
                lastDay = lastDay == null ? day : lastDay;
                long before = lastDay.toEpochDay() - day.toEpochDay();
                if (before < 14) {
                    pains[before < 7 ? 1 : 0][0] += pain;
                    pains[before < 7 ? 1 : 0][1]++;
                }
                logs.add(new Object[] {clinicId, clientId, exerciseId, Date.valueOf(day), pain,
                        pain <= 3 ? "COMFORTABLE" : pain <= 6 ? "SOME_DISCOMFORT" : "PAINFUL", now, now});
            }
            if (redFlag) {
                flags.add(new Object[] {clinicId, clientId, Date.valueOf(today.minusDays(2)), now});
            }
            boolean painUp = lastDay != null && new PainTrend(clientId, mean(pains[0]), mean(pains[1])).risen();
            var activeSince = LocalDate.ofInstant(longAgo.toInstant(), clock.getZone());
            var quietFrom = (lastDay == null || activeSince.isAfter(lastDay) ? activeSince : lastDay)
                    .plusDays(ProgressService.QUIET_DAYS);
            attention.add(new Object[] {clientId, clinicId, firstName(kind) + " " + lastName(kind), planIds.get(n),
                    lastDay == null ? null : Date.valueOf(lastDay), Date.valueOf(quietFrom),
                    painUp ? Date.valueOf(lastDay.plusDays(6)) : null, redFlag ? 1 : 0, kind % 25 == 5});
            if (logs.size() >= BATCH || n == clientIds.size() - 1) {
                written += insertLogs(logs);
                logs.clear();
            }
        }
        jdbc.batchUpdate("""
                insert into red_flag (clinic_id, client_id, reported_on, symptom, source, recorded_at,
                                      recorded_by_name)
                values (?, ?, ?, 'SHARP_OR_SHOOTING_PAIN', 'SHEET', ?, 'Scale data')""", flags);
        jdbc.batchUpdate("""
                insert into client_attention (client_id, clinic_id, client_name, plan_id, last_log_day, quiet_from,
                                              pain_up_until, other_flags, ready)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", attention);
        return written;
    }

    private static String firstName(int i) {
        return FIRST_NAMES[i % FIRST_NAMES.length];
    }

    private static String lastName(int i) {
        return LAST_NAMES[(i / FIRST_NAMES.length) % LAST_NAMES.length] + "-" + (i + 1);
    }

    private static Double mean(int[] sumAndCount) {
        return sumAndCount[1] == 0 ? null : (double) sumAndCount[0] / sumAndCount[1];
    }

    private int insertLogs(List<Object[]> logs) {
        jdbc.batchUpdate("""
                insert into session_log (clinic_id, client_id, exercise_id, log_date, session_no, done, sets_done, pain,
                                         feeling, source, created_at, updated_at)
                values (?, ?, ?, ?, 1, true, 1, ?, ?, 'SHEET', ?, ?)""", logs);
        return logs.size();
    }

    /** The first "exerciseId" in the plan's JSON: enough to know what the generated clients log. */
    private static long firstExercise(String content) {
        var matcher = Pattern.compile("\"exerciseId\"\\s*:\\s*(\\d+)").matcher(content);
        if (!matcher.find()) {
            throw new IllegalStateException("The model plan has no exercise");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static final String[] FIRST_NAMES = {"Ada", "Bongani", "Carmen", "Dmitri", "Eilidh", "Farah", "Gustav",
        "Hana", "Idris", "Jolene", "Kenji", "Lucía", "Mateo", "Niamh", "Oluwaseun", "Priya", "Quentin", "Rosa",
        "Søren", "Tamsin", "Umar", "Valérie", "Wiremu", "Ximena", "Yusuf", "Zofia"};
    private static final String[] LAST_NAMES = {"Abbott", "Bergström", "Chowdhury", "Dubois", "Evans", "Fernández",
        "Gallagher", "Horvath", "Iwu", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "O'Brien", "Petrov"};
}
