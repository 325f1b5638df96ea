package se.vardkedjan.providercontracts.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.providercontracts.ProviderRegister;
import se.vardkedjan.providercontracts.RegisteredProvider;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator's work on the start page (ADR 0022): contracts that end within
 * {@value ProviderRegister#EXPIRY_NOTICE_DAYS} days (a new procurement or an extension may be needed). No personal
 * data of clients, so nothing is logged.
 */
@Component
class RegisterWorkItems implements WorkItemSource {

    private final ProviderRegister register;

    RegisterWorkItems(ProviderRegister register) {
        this.register = register;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.ADMINISTRATOR);
    }

    @Override
    public List<WorkItem> workItems() {
        var expiring = register.expiringContracts();
        if (expiring.isEmpty()) {
            return List.of();
        }
        Map<?, String> names = register.providers().stream()
                .collect(Collectors.toMap(RegisteredProvider::id, RegisteredProvider::name));
        return expiring.stream().map(contract -> new WorkItem("providercontracts.work.kind.contract-expires", null,
                null, names.get(contract.providerId()) + " (" + contract.reference() + ")", null,
                "providercontracts.work.date.valid-to", contract.validTo(), contract.validTo(), "admin/utforare",
                1)).toList();
    }
}
