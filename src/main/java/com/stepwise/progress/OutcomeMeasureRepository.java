package com.stepwise.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutcomeMeasureRepository extends JpaRepository<OutcomeMeasure, Long> {

    @Query("""
            select m from OutcomeMeasure m where m.clinicId = :clinicId and m.clientId = :clientId
            order by m.kind, m.measuredOn, m.id""")
    List<OutcomeMeasure> findForClient(long clinicId, long clientId);
}
