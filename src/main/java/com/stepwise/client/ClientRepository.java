package com.stepwise.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    @Query("select c from Client c where c.id = :id and c.clinicId = :clinicId")
    Optional<Client> findInClinic(long id, long clinicId);

    @Query("""
            select new com.stepwise.client.ClientName(c.id, c.firstName, c.lastName) from Client c
            where c.clinicId = :clinicId and c.id in :ids and c.status = com.stepwise.client.ClientStatus.ACTIVE""")
    List<ClientName> findNames(long clinicId, Collection<Long> ids);
}
