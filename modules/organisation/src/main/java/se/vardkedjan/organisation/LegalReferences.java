package se.vardkedjan.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.organisation.domain.DateRange;
import se.vardkedjan.organisation.persistence.LegalReferenceRows;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static se.vardkedjan.organisation.domain.OrganisationFreeText.FREE_TEXT;

/**
 * The table of legal references (lagrum) that decisions cite, as the administrator maintains it: entries are added
 * and retired, never removed, so a decision keeps its basis. Case handling reads the entries a decision may cite
 * ({@link #validOn}, {@link #find}). No personal data, so nothing here is written to the access log.
 */
@Service
@RolesAllowed(Roles.ADMINISTRATOR)
public class LegalReferences {

    private final LegalReferenceRows references;

    public LegalReferences(LegalReferenceRows references) {
        this.references = references;
    }

    /** The whole table of legal references, retired ones too, for the administrator. */
    @Transactional(readOnly = true)
    public List<LegalReference> legalReferences() {
        return references.all();
    }

    /**
     * The entries a decision made on the date may cite. Open to every caller, since another module's facade asks it
     * within its own checks (case handling's decisions); it holds no personal data.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public List<LegalReference> validOn(LocalDate date) {
        return references.validOn(date);
    }

    /** The entry with the code, valid or retired; empty when there is none. Open to every caller, as {@link #validOn}. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<LegalReference> find(String code) {
        return references.find(code);
    }

    /** Adds a legal reference, e.g. when the law changes. Checked: code, law, section and title, dates in order. */
    @Transactional
    public void addLegalReference(LegalReference reference) {
        var code = FREE_TEXT.requiredLine("organisation.legal-reference.code", reference.code(), 64)
                .toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new RuleViolation("organisation.error.legal-reference-code", code);
        }
        if (reference.validFrom() == null) {
            throw new RuleViolation("organisation.error.date-required", "organisation.legal-reference.valid-from");
        }
        DateRange.check("organisation.legal-reference.valid-from", reference.validFrom());
        DateRange.check("organisation.legal-reference.valid-to", reference.validTo());
        if (reference.validTo() != null && reference.validTo().isBefore(reference.validFrom())) {
            throw new RuleViolation("organisation.error.dates-in-wrong-order",
                    "organisation.legal-reference.valid-from", "organisation.legal-reference.valid-to");
        }
        if (references.find(code).isPresent()) {
            throw new RuleViolation("organisation.error.legal-reference-code-taken", code);
        }
        references.insert(new LegalReference(code,
                FREE_TEXT.requiredLine("organisation.legal-reference.law", reference.law(), 100),
                FREE_TEXT.optional("organisation.legal-reference.chapter", reference.chapter(), 10),
                FREE_TEXT.requiredLine("organisation.legal-reference.section", reference.section(), 10),
                FREE_TEXT.requiredLine("organisation.legal-reference.title", reference.title(), FreeText.SHORT),
                reference.validFrom(), reference.validTo()));
    }

    /** Retires a legal reference: it stays for the decisions that cite it, but new decisions after the date cannot. */
    @Transactional
    public void retireLegalReference(String code, LocalDate validTo) {
        var existing = references.find(code)
                .orElseThrow(() -> new RuleViolation("organisation.error.legal-reference-unknown", code));
        if (validTo == null) {
            throw new RuleViolation("organisation.error.date-required", "organisation.legal-reference.valid-to");
        }
        if (validTo.isBefore(existing.validFrom())) {
            throw new RuleViolation("organisation.error.dates-in-wrong-order",
                    "organisation.legal-reference.valid-from", "organisation.legal-reference.valid-to");
        }
        references.retire(code, validTo);
    }
}
