package com.stepwise.client;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    @Query("select c from Client c where c.id = :id and c.clinicId = :clinicId")
    Optional<Client> findInClinic(long id, long clinicId);
}
