package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell. Stock Lumo plus our plain CSS, loaded at runtime (no frontend build, see ADR 0004); the
 * municipality's colours come from {@link Branding} as CSS custom properties.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/vardkedjan.css")
@Meta(name = "robots", content = "noindex, nofollow")
class AppShell implements AppShellConfigurator {

    private final Branding branding;

    AppShell(Branding branding) {
        this.branding = branding;
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(branding.productName());
        settings.addFavIcon("icon", branding.logo(), "any");
        // html:root outranks Lumo's own :root defaults, whichever stylesheet loads last.
        settings.addInlineWithContents("html:root{"
                + "--vk-brand-color:" + branding.primaryColor() + ";"
                + "--vk-brand-contrast:" + branding.primaryContrastColor() + ";"
                + "--lumo-primary-color:" + branding.primaryColor() + ";"
                + "--lumo-primary-text-color:" + branding.primaryColor() + ";}",
                Inline.Wrapping.STYLESHEET);
    }
}
