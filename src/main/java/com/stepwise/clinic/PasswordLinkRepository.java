package com.stepwise.clinic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);
}
