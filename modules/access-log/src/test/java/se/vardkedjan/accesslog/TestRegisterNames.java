package se.vardkedjan.accesslog;

import org.springframework.stereotype.Component;

/** The organisation register as the module tests know it: every username starting with "named-" has a name. */
@Component
class TestRegisterNames implements ActorNames {

    @Override
    public String nameOf(String username) {
        return username.startsWith("named-") ? "Namn Registrerad" : username;
    }
}
