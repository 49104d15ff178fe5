package com.stepwise.base.audit;

import com.stepwise.base.security.StepwiseUser;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each audit revision with the signed-in clinician (Envers creates this listener itself, not Spring). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StepwiseUser user) {
            ((AuditRevision) revision).madeBy(user.isClientLink() ? null : user.clinicianId(), user.displayName());
        }
    }
}
