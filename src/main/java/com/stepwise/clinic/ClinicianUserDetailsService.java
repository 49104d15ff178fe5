package com.stepwise.clinic;

import com.stepwise.base.security.StepwiseUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs clinicians in by e-mail address; the principal carries their clinic for every later query. When a password
 * is stored with an older algorithm, Spring Security hands the new hash here at sign-in, and it is kept.
 */
@Service
class ClinicianUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        var clinician = clinicians.findByEmailWithClinic(Clinician.normaliseEmail(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("No clinician with that e-mail address"));
        clinician.rehash(newPasswordHash);
        clinicians.save(clinician);
        return loadUserByUsername(user.getUsername());
    }
}
