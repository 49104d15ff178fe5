package com.stepwise.base.ui;

import com.stepwise.base.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view. Features put themselves in the side navigation with {@code @Menu}, so the
 * shell needs to know none of them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), spacer(), userMenu(currentUser, authentication));
    }

    private static Component brand() {
        var mark = new Image("images/stepwise-mark.svg", "");
        mark.addClassName("brand-mark");
        var name = new Span("Stepwise");
        name.addClassName("brand-name");
        var brand = new Div(mark, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Component spacer() {
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    private static Component userMenu(CurrentUser currentUser, AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var user = currentUser.find();
        var label = new Div(new Icon(VaadinIcon.USER),
                new Span(user.map(u -> u.displayName()).orElse("")));
        label.addClassName("user-menu-label");
        var top = menu.addItem(label);
        user.ifPresent(u -> top.getSubMenu().addItem(u.clinicName()).setEnabled(false));
        top.getSubMenu().addItem("Change my password", e -> menu.getUI()
                .ifPresent(ui -> ui.navigate("account/password")));
        top.getSubMenu().addItem("Sign out", e -> authentication.logout());
        return menu;
    }
}
