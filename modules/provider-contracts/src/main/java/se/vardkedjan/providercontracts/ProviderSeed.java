package se.vardkedjan.providercontracts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.providercontracts.domain.Contract;
import se.vardkedjan.providercontracts.domain.Method;
import se.vardkedjan.providercontracts.domain.Provider;
import se.vardkedjan.providercontracts.domain.ProviderFile;
import se.vardkedjan.providercontracts.persistence.ContractRows;
import se.vardkedjan.providercontracts.persistence.MethodRows;
import se.vardkedjan.providercontracts.persistence.ProviderRows;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * Loads the provider file named by {@code vardkedjan.providercontracts.seed-file} (docs/provider-file.md) on start-up
 * when no provider is registered yet, so the run command starts with the demo's providers, units and contracts. The
 * whole file in one transaction: a line a rule refuses stores nothing of it. Every value passes the same rules as the
 * administrator's forms; the rows record {@code system} as who changed them. An empty property turns it off; a
 * missing file is logged and skipped (module tests have no demo file). The organisation's own file does not know
 * providers: this module keeps its own (ADR 0023).
 */
@Component
class ProviderSeed implements ApplicationListener<ContextRefreshedEvent> {

    static final String DEFAULT_FILE = "classpath:providercontracts/demo-providers.csv";
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(ProviderSeed.class);

    private final ProviderRows providers;
    private final ContractRows contracts;
    private final MethodRows methods;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String file;

    ProviderSeed(ProviderRows providers, ContractRows contracts, MethodRows methods,
                 PlatformTransactionManager transactions, ResourceLoader resources, Clock clock,
                 @Value("${vardkedjan.providercontracts.seed-file:" + DEFAULT_FILE + "}") String file) {
        this.providers = providers;
        this.contracts = contracts;
        this.methods = methods;
        this.transaction = new TransactionTemplate(transactions);
        this.resources = resources;
        this.clock = clock;
        this.file = file;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (file == null || file.isBlank()) {
            return;
        }
        var resource = resources.getResource(file);
        if (!resource.exists()) {
            log.info("No provider seed file at {}; the provider register starts empty", file);
            return;
        }
        String text;
        try (var in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transaction.executeWithoutResult(status -> {
            if (!providers.isEmpty()) {
                return;
            }
            var loaded = load(text);
            log.info("Loaded the providers from {}: {} providers, {} contracts", file, loaded[0], loaded[1]);
        });
    }

    /** Stores the file's providers, units and contracts; returns how many providers and contracts. */
    int[] load(String text) {
        var now = clock.instant();
        var catalogue = methods.all().stream().filter(Method::active).map(Method::code).collect(Collectors.toSet());
        var read = new LinkedHashMap<String, Provider>();
        var contractCount = 0;
        for (var line : ProviderFile.parse(text)) {
            try {
                switch (line) {
                    case ProviderFile.ProviderLine provider -> {
                        var registered = Provider.register(ProviderId.random(), provider.provider());
                        providers.insert(registered, SYSTEM, now);
                        read.put(registered.code().value(), registered);
                    }
                    case ProviderFile.UnitLine unit -> {
                        var provider = known(read, unit.providerCode(), unit.number());
                        var changed = provider.withUnit(ProviderUnitId.random(), unit.unit());
                        providers.update(changed, SYSTEM, now);
                        read.put(unit.providerCode(), providers.find(provider.id()).orElseThrow());
                    }
                    case ProviderFile.ContractLine contract -> {
                        var provider = known(read, contract.providerCode(), contract.number());
                        contracts.insert(Contract.of(ContractId.random(), provider.id(), provider.kind(),
                                contract.contract(), catalogue, 0), SYSTEM, now);
                        contractCount++;
                    }
                }
            } catch (RuleViolation e) {
                throw new IllegalArgumentException("Line " + line.number() + " of the provider file: " + e.getMessage(),
                        e);
            }
        }
        return new int[] {read.size(), contractCount};
    }

    private static Provider known(java.util.Map<String, Provider> read, String code, int line) {
        var provider = read.get(code);
        if (provider == null) {
            throw new IllegalArgumentException("Line " + line + " of the provider file: unknown provider " + code);
        }
        return provider;
    }
}
