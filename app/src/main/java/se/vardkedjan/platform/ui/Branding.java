package se.vardkedjan.platform.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The municipality's look, set by configuration (e.g. {@code VARDKEDJAN_BRANDING_MUNICIPALITY_NAME},
 * {@code VARDKEDJAN_BRANDING_PRIMARY_COLOR}, {@code VARDKEDJAN_BRANDING_LOGO}). Colours must be hex so they can be put
 * into CSS safely; the default primary colour keeps 4.5:1 contrast against white text (WCAG 2.1 AA).
 *
 * @param municipalityName     shown in the header, e.g. "Exempelstads kommun"
 * @param productName          the browser title
 * @param primaryColor         header background and primary accents
 * @param primaryContrastColor text on the primary colour
 * @param logo                 a path served by the app (e.g. {@code branding/logo.svg}) or an absolute https URL
 */
@Validated
@ConfigurationProperties("vardkedjan.branding")
record Branding(@NotBlank String municipalityName,
                @NotBlank String productName,
                @Pattern(regexp = "#[0-9a-fA-F]{6}") String primaryColor,
                @Pattern(regexp = "#[0-9a-fA-F]{6}") String primaryContrastColor,
                @NotBlank @Pattern(regexp = "https://[^\\s\"'<>]+|[a-zA-Z0-9_][a-zA-Z0-9_./-]*") String logo) {
}
