package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RedFlagRepository extends JpaRepository<RedFlag, Long> {

    @Query("""
            select r from RedFlag r where r.clinicId = :clinicId and r.clientId = :clientId and r.acknowledgedAt is null
            order by r.reportedOn desc, r.id desc""")
    List<RedFlag> findOpen(long clinicId, long clientId);

    @Query("""
            select r from RedFlag r where r.clinicId = :clinicId and r.clientId = :clientId
              and r.reportedOn between :from and :to
            order by r.reportedOn, r.id""")
    List<RedFlag> findReported(long clinicId, long clientId, LocalDate from, LocalDate to);

    /** The open red flags of the clients on one page of Today's list. */
    @Query("""
            select new com.stepwise.progress.OpenRedFlag(r.clientId, r.symptom, r.reportedOn) from RedFlag r
            where r.clinicId = :clinicId and r.clientId in :clientIds and r.acknowledgedAt is null""")
    List<OpenRedFlag> findOpenOf(long clinicId, java.util.Collection<Long> clientIds);

    @Query("select r from RedFlag r where r.id = :id and r.clinicId = :clinicId")
    java.util.Optional<RedFlag> findInClinic(long id, long clinicId);
}
