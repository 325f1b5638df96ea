package se.vardkedjan;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.Roles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's role constants and the Keycloak realm's roles are one and the same set. */
class RealmRolesTests {

    @Test
    void everyRoleConstantIsARealmRoleAndEveryRealmRoleIsKnownToTheApp() throws IOException {
        assertThat(realmRoles()).containsExactlyInAnyOrderElementsOf(Roles.all());
    }

    @Test
    void everyRoleConstantIsListedInRolesAll() throws IllegalAccessException {
        var constants = new ArrayList<String>();
        for (var field : Roles.class.getFields()) {
            if (field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(Roles.all()).containsExactlyInAnyOrderElementsOf(constants);
    }

    static List<String> realmRoles() throws IOException {
        try (var realm = RealmRolesTests.class.getResourceAsStream("/keycloak/vardkedjan-realm.json")) {
            assertThat(realm).as("the realm file on the test classpath").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(realm);
            var names = new ArrayList<String>();
            root.path("roles").path("realm").forEach(role -> names.add(role.path("name").asString()));
            names.removeIf(name -> name.startsWith("default-roles-") || name.equals("offline_access")
                    || name.equals("uma_authorization"));
            return names;
        }
    }
}
