package se.vardkedjan.platform.ui;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The municipality's look comes from configuration; a bad value stops start-up and names the setting. */
class BrandingTests {

    private static final Map<String, String> VALID = Map.of(
            "vardkedjan.branding.municipality-name", "Exempelstads kommun",
            "vardkedjan.branding.product-name", "Vårdkedjan",
            "vardkedjan.branding.primary-color", "#1d4f6e",
            "vardkedjan.branding.primary-contrast-color", "#ffffff",
            "vardkedjan.branding.logo", "branding/logo.svg");

    @Test
    void aValidConfigurationBinds() {
        var branding = bind(Map.of());
        assertThat(branding.primaryColor()).isEqualTo("#1d4f6e");
        assertThat(bind(Map.of("vardkedjan.branding.logo", "https://www.example.se/logo.svg")).logo())
                .isEqualTo("https://www.example.se/logo.svg");
    }

    @Test
    void aColourThatIsNotAHexValueIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> bind(Map.of("vardkedjan.branding.primary-color", "red;}body{display:none")))
                .hasStackTraceContaining("vardkedjan.branding.primary-color")
                .hasStackTraceContaining("red;}body{display:none");
    }

    @Test
    void aLogoMustBeAPathOrAnHttpsAddress() {
        for (var logo : new String[] {"javascript:alert(1)", "http://example.se/logo.svg", "/etc/passwd\"><script>",
                ""}) {
            assertThatThrownBy(() -> bind(Map.of("vardkedjan.branding.logo", logo))).as(logo)
                    .hasStackTraceContaining("vardkedjan.branding.logo");
        }
    }

    private static Branding bind(Map<String, String> overrides) {
        var properties = new HashMap<>(VALID);
        properties.putAll(overrides);
        var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("vardkedjan.branding", Bindable.of(Branding.class), new ValidationBindHandler(validator));
    }
}
