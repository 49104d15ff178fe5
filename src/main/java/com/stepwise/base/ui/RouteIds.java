package com.stepwise.base.ui;

/**
 * Route templates for a record's page: the id is digits only, at most 18 of them (a Java long), so "/clients/abc" or a
 * 20-digit id is simply a page that does not exist (404) rather than an error while navigating.
 */
public final class RouteIds {

    public static final String ID = ":id([0-9]{1,18})";

    private RouteIds() {
    }
}
