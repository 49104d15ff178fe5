package com.stepwise.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicLogoRepository extends JpaRepository<ClinicLogo, Long> {
}
