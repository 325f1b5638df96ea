/**
 * The platform: what assembles the bounded modules into one product. Security (OIDC login against Keycloak, role and
 * organisation mapping, logout), the staff, provider and portal shells, texts, branding, operations, and the dev stack
 * launcher behind the run command. It depends only on the shared kernel; the modules' views reach the shells through
 * Vaadin's {@code @Layout} and {@code @Menu}, so no module names the platform.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = { "sharedkernel", "uikit" })
package se.vardkedjan.platform;

import org.springframework.modulith.ApplicationModule;
