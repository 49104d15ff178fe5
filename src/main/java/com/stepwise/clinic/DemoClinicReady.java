package com.stepwise.clinic;

/** Published once the demo clinic exists, so each feature can add its own demo data as the demo clinician. */
public record DemoClinicReady(String clinicianEmail) {
}
