package com.stepwise.clinic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicianRepository extends JpaRepository<Clinician, Long> {

    @Query("select c from Clinician c join fetch c.clinic where c.email = :email")
    Optional<Clinician> findByEmailWithClinic(String email);

    boolean existsByEmail(String email);

    @Query("select c from Clinician c where c.clinic.id = :clinicId order by c.active desc, c.displayName")
    java.util.List<Clinician> findInClinic(long clinicId);

    @Query("select c from Clinician c where c.id = :id and c.clinic.id = :clinicId")
    Optional<Clinician> findInClinic(long id, long clinicId);

    @Query("""
            select count(c) from Clinician c
            where c.clinic.id = :clinicId and c.active = true and c.role = 'ADMIN'""")
    long countActiveAdmins(long clinicId);
}
