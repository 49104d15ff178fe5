package com.stepwise.clinic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicianRepository extends JpaRepository<Clinician, Long> {

    @Query("select c from Clinician c join fetch c.clinic where c.email = :email")
    Optional<Clinician> findByEmailWithClinic(String email);

    boolean existsByEmail(String email);
}
