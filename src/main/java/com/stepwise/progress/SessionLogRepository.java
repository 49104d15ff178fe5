package com.stepwise.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    @Query("""
            select s from SessionLog s
            where s.clinicId = :clinicId and s.clientId = :clientId and s.logDate between :from and :to
            order by s.logDate""")
    List<SessionLog> findForClient(long clinicId, long clientId, LocalDate from, LocalDate to);

    @Query("""
            select s from SessionLog s
            where s.clinicId = :clinicId and s.clientId = :clientId and s.logDate = :date
              and s.exerciseId in :exerciseIds""")
    List<SessionLog> findForDay(long clinicId, long clientId, LocalDate date, Collection<Long> exerciseIds);
}
