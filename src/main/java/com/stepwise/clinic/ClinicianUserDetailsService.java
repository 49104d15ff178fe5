package com.stepwise.clinic;

import com.stepwise.base.security.StepwiseUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs clinicians in by e-mail address; the principal carries their clinic for every later query. */
@Service
class ClinicianUserDetailsService implements UserDetailsService {

    private final ClinicianRepository clinicians;

    ClinicianUserDetailsService(ClinicianRepository clinicians) {
        this.clinicians = clinicians;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var clinician = clinicians.findByEmailWithClinic(Clinician.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No clinician with that e-mail address"));
        var clinic = clinician.getClinic();
        return new StepwiseUser(clinician.getId(), clinic.getId(), clinic.getName(), clinician.getEmail(),
                clinician.getDisplayName(), clinician.getRole(), clinician.getPasswordHash(), clinician.isActive());
    }
}
