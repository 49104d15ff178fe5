package com.stepwise.client;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the client page (plans, sign-offs, later progress), so the client feature
 * needs to know nothing of the features built on it. Sections appear in ascending {@link #order()}.
 */
public interface ClientPageSection {

    int order();

    /** Builds a fresh section for the client being shown. */
    Component create(ClientDetails client);
}
