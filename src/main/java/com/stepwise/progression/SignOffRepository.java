package com.stepwise.progression;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    @Query("select s from SignOff s where s.clientId = :clientId and s.clinicId = :clinicId order by s.signedAt desc")
    List<SignOff> findForClient(long clientId, long clinicId);

    @Query("select s from SignOff s where s.id = :id and s.clinicId = :clinicId")
    java.util.Optional<SignOff> findInClinic(long id, long clinicId);
}
