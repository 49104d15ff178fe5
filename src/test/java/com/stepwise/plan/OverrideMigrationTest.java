package com.stepwise.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.EmbeddedPostgresDatabase;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan saved before overrides named their prerequisite: migrated, its override covers the prerequisites that
 * existed when it was given, and not one the clinic added afterwards. On both databases.
 */
class OverrideMigrationTest {

    @Test
    void anOldOverrideCoversOnlyThePrerequisitesThatExistedWhenItWasGivenOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:override-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrateAndCheck(h2);
    }

    @Test
    void anOldOverrideCoversOnlyThePrerequisitesThatExistedWhenItWasGivenOnPostgres() {
        migrateAndCheck(EmbeddedPostgresDatabase.freshDatabase("override_migration"));
    }

    private static void migrateAndCheck(DataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("12").load().migrate();
        var jdbc = new JdbcTemplate(database);
        long part1 = exercise(jdbc, "gluteal-stretch-part-1");
        long part2 = exercise(jdbc, "gluteal-stretch-part-2");
        long catCow = exercise(jdbc, "cat-cow");
        jdbc.update("insert into clinic (name, created_at) values ('Old Clinic', current_timestamp)");
        long clinic = jdbc.queryForObject("select max(id) from clinic", Long.class);
        jdbc.update("""
                insert into client (clinic_id, first_name, last_name, first_name_key, last_name_key, date_of_birth,
                                    created_at, updated_at)
                values (?, 'Ada', 'Lovelace', 'ada', 'lovelace', date '1960-01-01', current_timestamp,
                        current_timestamp)""", clinic);
        long client = jdbc.queryForObject("select max(id) from client", Long.class);
        // Two months after the override was given, the clinic made part 2 require cat-cow as well.
        jdbc.update("""
                insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions,
                                          window_days, max_pain, created_at)
                values (?, ?, ?, 3, 14, 3, ?)""", clinic, catCow, part2,
                java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(60))));
        jdbc.update("""
                insert into plan (clinic_id, client_id, title, status, created_at, updated_at)
                values (?, ?, 'Old plan', 'ACTIVE', current_timestamp, current_timestamp)""", clinic, client);
        long plan = jdbc.queryForObject("select max(id) from plan", Long.class);
        jdbc.update("""
                insert into plan_version (plan_id, number, state, content, created_at, created_by_name)
                values (?, 1, 'ACTIVE', ?, current_timestamp, 'Alex Morgan')""", plan, """
                {"stages":[{"key":"s1","name":"Stage 1","notes":"","prescriptions":[{"key":"p1","exerciseId":%d,
                "dose":{"sets":null,"repetitions":3,"hold":20,"holdMax":30,"holdUnit":"SECONDS","sides":"EACH_SIDE",
                "timesPerDay":2,"daysPerWeek":7},"restSeconds":null,"notes":"","override":{"reason":"Did part 1
                for months at her last clinic","clinicianId":1,"clinicianName":"Alex Morgan",
                "at":"%s"}}]}]}""".formatted(part2, java.time.Instant.now().plus(java.time.Duration.ofDays(1)))
                .replace("\n", " "));

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        var json = jdbc.queryForObject("select content from plan_version where plan_id = ?", String.class, plan);
        var content = JsonMapper.builder().build().readValue(json, PlanContent.class);
        var prescription = content.prescriptions().findFirst().orElseThrow();
        assertThat(prescription.overrides()).singleElement().satisfies(override -> {
            assertThat(override.requiredExerciseId()).isEqualTo(part1);
            assertThat(override.reason()).isEqualTo("Did part 1 for months at her last clinic");
            assertThat(override.clinicianName()).isEqualTo("Alex Morgan");
        });
        assertThat(prescription.overrideOf(catCow)).as("added after the override: not covered").isEmpty();
    }

    private static long exercise(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from exercise where clinic_id is null and code = ?", Long.class, code);
    }
}
