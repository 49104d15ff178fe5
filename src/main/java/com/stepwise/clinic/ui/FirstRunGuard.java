package com.stepwise.clinic.ui;

import com.stepwise.clinic.ClinicService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Until a clinic exists, every navigation leads to the first-run setup (there is nobody to sign in as). */
@Component
class FirstRunGuard implements VaadinServiceInitListener {

    private final ClinicService clinics;

    FirstRunGuard(ClinicService clinics) {
        this.clinics = clinics;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SetupView.class && !clinics.isSetUp()) {
                enter.rerouteTo(SetupView.class);
            }
        }));
    }
}
