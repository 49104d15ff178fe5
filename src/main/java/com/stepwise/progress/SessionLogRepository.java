package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    @Query("""
            select s from SessionLog s
            where s.clinicId = :clinicId and s.clientId = :clientId and s.logDate between :from and :to
            order by s.logDate, s.exerciseId, s.sessionNo""")
    List<SessionLog> findForClient(long clinicId, long clientId, LocalDate from, LocalDate to);

    /** The same rows as values: read inside a saving transaction, they leave nothing for its flush to check. */
    @Query("""
            select new com.stepwise.progress.LoggedExercise(s.logDate, s.exerciseId, s.sessionNo, s.done, s.setsDone,
                s.pain, s.feeling)
            from SessionLog s
            where s.clinicId = :clinicId and s.clientId = :clientId and s.logDate between :from and :to
            order by s.logDate, s.exerciseId, s.sessionNo""")
    List<LoggedExercise> findEntries(long clinicId, long clientId, LocalDate from, LocalDate to);

    @Query("select max(s.logDate) from SessionLog s where s.clinicId = :clinicId and s.clientId = :clientId")
    LocalDate findLastLogDay(long clinicId, long clientId);

    /** The client's mean pain from {@code split} on against the mean pain between {@code from} and the split. */
    @Query("""
            select new com.stepwise.progress.PainTrend(s.clientId,
                   avg(case when s.logDate < :split then s.pain end),
                   avg(case when s.logDate >= :split then s.pain end))
            from SessionLog s
            where s.clinicId = :clinicId and s.clientId = :clientId and s.logDate >= :from and s.pain is not null
            group by s.clientId""")
    java.util.Optional<PainTrend> findPainTrend(long clinicId, long clientId, LocalDate from, LocalDate split);
}
