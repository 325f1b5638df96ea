package se.vardkedjan.bankid.keycloak;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.time.Clock;
import java.util.List;

/**
 * The BankID login step ({@value #ID}). Server-wide SPI options (runtime; e.g.
 * {@code KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL}): {@code service-url}, {@code key-store},
 * {@code key-store-password}, {@code trust-anchor}, {@code user-visible-text}, {@code collect-interval-millis}.
 * Per realm (the execution's configuration, see {@link BankIdSettings}): {@code mode} ({@code portal} or
 * {@code staff}), {@code clientRole} and {@code allowedRoles} (portal), {@code staffRoles} (staff).
 */
public final class BankIdAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "vardkedjan-bankid";

    private BankIdService bankId;

    @Override
    public Authenticator create(KeycloakSession session) {
        return new BankIdAuthenticator(bankId, Clock.systemUTC());
    }

    @Override
    public void init(Config.Scope config) {
        bankId = BankIdService.from(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
        if (bankId != null) {
            bankId.close();
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "BankID (Vårdkedjan)";
    }

    @Override
    public String getHelpText() {
        return "Log in with BankID: animated QR code or the app on the same device. Portal mode finds or creates the "
                + "citizen's account by the attribute personal_number and refuses accounts holding roles outside the "
                + "allow-list; staff mode finds the account an administrator linked by staff_personal_number, never "
                + "creates one, and refuses accounts without a staff role.";
    }

    @Override
    public String getReferenceCategory() {
        return "bankid";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[]{
                AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.ALTERNATIVE,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    /** The realm-level settings of the step. */
    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(BankIdSettings.MODE).label("Whose accounts")
                .helpText("portal: citizens, found by personal_number or created; staff: staff accounts an "
                        + "administrator linked by staff_personal_number, never created")
                .type(ProviderConfigProperty.LIST_TYPE)
                .options(BankIdSettings.Mode.PORTAL.value(), BankIdSettings.Mode.STAFF.value())
                .defaultValue(BankIdSettings.Mode.PORTAL.value()).add()
                .property().name(BankIdSettings.CLIENT_ROLE).label("Role of new accounts (portal)")
                .helpText("Realm role granted to accounts created at their first BankID login")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(BankIdSettings.DEFAULT_CLIENT_ROLE).add()
                .property().name(BankIdSettings.ALLOWED_ROLES).label("Allowed roles (portal)")
                .helpText("Comma-separated roles a citizen account may hold (realm roles, or clientId.role); an "
                        + "account holding any other role, directly or through a group, is refused")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(BankIdSettings.DEFAULT_ALLOWED_ROLES).add()
                .property().name(BankIdSettings.STAFF_ROLES).label("Staff roles (staff)")
                .helpText("Comma-separated realm roles; a linked account must hold at least one of them")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(BankIdSettings.DEFAULT_STAFF_ROLES).add()
                .build();
    }

    /** The server-wide SPI options (documentation for {@code kc.sh} and the admin console's server info). */
    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(BankIdService.SERVICE_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("BankID RP API v6 base URL, e.g. https://appapi2.test.bankid.com/rp/v6.0/").add()
                .property().name(BankIdService.KEY_STORE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Path of the relying party's client certificate and key (PKCS#12)").add()
                .property().name(BankIdService.KEY_STORE_PASSWORD).type(ProviderConfigProperty.PASSWORD)
                .helpText("Password of the PKCS#12 key store").secret(true).add()
                .property().name(BankIdService.TRUST_ANCHOR).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Path of the CA certificate (PEM) that issued BankID's server certificate").add()
                .property().name(BankIdService.USER_VISIBLE_TEXT).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Optional text shown in the BankID app at login").add()
                .property().name(BankIdService.COLLECT_INTERVAL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Least time between two collect calls for one order, in milliseconds (default 2000, min 1000)")
                .defaultValue("2000").add()
                .build();
    }
}
