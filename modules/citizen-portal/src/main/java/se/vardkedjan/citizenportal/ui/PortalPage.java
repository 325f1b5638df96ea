package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** What the portal's pages share: a readable column that fits a 320 px screen, and the pages for no case or no number. */
final class PortalPage {

    private PortalPage() {
    }

    /** A column of readable width that never makes the page wider than the screen. */
    static void style(VerticalLayout page) {
        page.addClassName("vk-portal-page");
        page.setWidthFull();
        page.setMaxWidth("44rem");
        page.getStyle().set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
    }

    /** For a client who has no case: says so, and links to "Ansök om hjälp" (ADR 0028). */
    static Component noCase(Component page) {
        var box = new Div();
        box.setId("portal-no-case");
        box.add(new H2(page.getTranslation("citizenportal.no-case.heading")));
        box.add(new Paragraph(page.getTranslation("citizenportal.no-case.text")));
        var apply = new RouterLink(page.getTranslation("citizenportal.no-case.apply-link"), PortalApplyView.class);
        apply.setId("portal-no-case-apply");
        box.add(new Paragraph(apply));
        box.add(new Paragraph(page.getTranslation("citizenportal.no-case.apply")));
        return box;
    }

    /**
     * A link back to the start page, at the end of a page that may offer nothing else to press (a SIP whose consent is
     * withdrawn, a page that only reads): the page's content then still has something the keyboard reaches.
     */
    static Component backToStart(Component page) {
        var link = new com.vaadin.flow.router.RouterLink(page.getTranslation("citizenportal.back-to-start"),
                PortalStartView.class);
        link.addClassName("vk-portal-back-to-start");
        return link;
    }

    /** For a login that carries no personal number: which other channel exists. Never an error page. */
    static Component notIdentified(Component page) {
        var box = new Div();
        box.setId("portal-not-identified");
        box.add(new H2(page.getTranslation("citizenportal.not-identified.heading")));
        box.add(new Paragraph(page.getTranslation("citizenportal.not-identified.text")));
        return box;
    }
}
