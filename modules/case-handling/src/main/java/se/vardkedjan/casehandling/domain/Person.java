package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.sharedkernel.PersonId;

import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * A person in the register of clients. Identity and name are checked on creation; the protection level decides who may
 * see the person's cases and whether the address is ever shown.
 */
public final class Person {

    private final PersonId id;
    private final PersonalIdentity identity;
    private final String givenName;
    private final String familyName;
    private ContactDetails contact;
    private ProtectionLevel protection;
    private final long version;

    private Person(PersonId id, PersonalIdentity identity, String givenName, String familyName,
                   ContactDetails contact, ProtectionLevel protection, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.givenName = FREE_TEXT.requiredLine("casehandling.person.given-name", givenName, 100);
        this.familyName = FREE_TEXT.requiredLine("casehandling.person.family-name", familyName, 100);
        this.contact = contact == null ? ContactDetails.NONE : contact;
        this.protection = protection == null ? ProtectionLevel.NONE : protection;
        this.version = version;
    }

    public static Person register(PersonalIdentity identity, String givenName, String familyName,
                                  ContactDetails contact, ProtectionLevel protection) {
        return new Person(PersonId.random(), identity, givenName, familyName, contact, protection, 0);
    }

    public static Person restore(PersonId id, PersonalIdentity identity, String givenName, String familyName,
                                 ContactDetails contact, ProtectionLevel protection, long version) {
        return new Person(id, identity, givenName, familyName, contact, protection, version);
    }

    public void changeContact(ContactDetails details) {
        this.contact = Objects.requireNonNull(details, "contact details");
    }

    public void protect(ProtectionLevel level) {
        this.protection = Objects.requireNonNull(level, "protection level");
    }

    public PersonId id() {
        return id;
    }

    public PersonalIdentity identity() {
        return identity;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public ContactDetails contact() {
        return contact;
    }

    /** The contact details that may be shown: without the address when the identity is protected. */
    public ContactDetails visibleContact() {
        return protection.isProtected() ? contact.withoutAddress() : contact;
    }

    public ProtectionLevel protection() {
        return protection;
    }

    public long version() {
        return version;
    }
}
