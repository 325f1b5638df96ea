package se.vardkedjan.organisation.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationFileTests {

    private static void refusedAtLine(List<String> lines, int line, String reason) {
        assertThatThrownBy(() -> OrganisationFile.parse(lines, Set.of(), Set.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("organisation.error.line");
                    assertThat(e.arguments()[0]).isEqualTo(line);
                    assertThat(e.arguments()[1]).isEqualTo("organisation.error.reason." + reason);
                });
    }

    @Test
    void readsDistrictsUnitsAndStaffSkippingCommentsAndBlankLines() {
        var file = OrganisationFile.parse(List.of("\uFEFF# demo", "", "district;nord;Nord",
                "unit;nord-beroende;nord;Beroendeenheten Nord", "unit;nord-gammal;nord;Gamla enheten;inactive",
                "staff;Handlaggare;Anna Lindqvist;;nord-beroende,nord-gammal"), Set.of(), Set.of());

        assertThat(file.districts()).containsExactly(new OrganisationFile.DistrictLine("nord", "Nord"));
        assertThat(file.units()).extracting(OrganisationFile.UnitLine::active).containsExactly(true, false);
        assertThat(file.staff()).singleElement().satisfies(s -> {
            assertThat(s.username()).isEqualTo("handlaggare");
            assertThat(s.title()).isNull();
            assertThat(s.units()).containsExactly(new UnitCode("nord-beroende"), new UnitCode("nord-gammal"));
        });
    }

    @Test
    void aUnitInAnUnknownDistrictIsRefusedWithItsLine() {
        refusedAtLine(List.of("district;nord;Nord", "unit;syd-beroende;syd;Beroendeenheten Syd"), 2,
                "unknown-district");
    }

    @Test
    void aUnitMayNameADistrictAlreadyRegistered() {
        var file = OrganisationFile.parse(List.of("unit;syd-beroende;syd;Beroendeenheten Syd"), Set.of("syd"),
                Set.of());
        assertThat(file.units()).hasSize(1);
    }

    @Test
    void staffInAnUnknownUnitIsRefusedWithTheStaffLine() {
        refusedAtLine(List.of("district;nord;Nord", "staff;hl;Anna;;nord-okand", "unit;nord-x;nord;X"), 2,
                "unknown-unit");
    }

    @Test
    void wrongKindsFieldCountsCodesDuplicatesAndMarkupAreRefused() {
        refusedAtLine(List.of("avdelning;x;Y"), 1, "unknown-kind");
        refusedAtLine(List.of("district;nord"), 1, "field-count");
        refusedAtLine(List.of("district;Nord Ost;Nord"), 1, "code-invalid");
        refusedAtLine(List.of("district;nord;Nord", "district;nord;Norr"), 2, "duplicate");
        refusedAtLine(List.of("district;nord;<script>x</script>"), 1, "text-invalid");
        refusedAtLine(List.of("district;nord;Nord", "unit;n;nord;N;maybe"), 2, "active-flag");
        refusedAtLine(List.of("staff;anna lind;Anna;;"), 1, "username-invalid");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> OrganisationFile.parse(List.of("# nothing"), Set.of(), Set.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("organisation.error.empty-file"));
    }

    @Test
    void aContactLineGivesTheUnitsContactAndAWrongDetailIsRefusedWithItsLine() {
        var file = OrganisationFile.parse(List.of("district;nord;Nord", "unit;nord-a;nord;A",
                "contact;nord-a;08-123 450 00;;a@kommun.example;"), Set.of(), Set.of());
        assertThat(file.contacts()).singleElement().satisfies(c -> {
            assertThat(c.unit().value()).isEqualTo("nord-a");
            assertThat(c.contact()).isEqualTo(new se.vardkedjan.organisation.UnitContact("08-123 450 00", null,
                    "a@kommun.example", null));
        });
        refusedAtLine(List.of("district;nord;Nord", "unit;nord-a;nord;A", "contact;nord-a;123;;;"), 3,
                "contact-invalid");
        refusedAtLine(List.of("contact;nord-x;08-123 450 00;;;"), 1, "unknown-unit");
        refusedAtLine(List.of("district;nord;Nord", "unit;nord-a;nord;A", "contact;nord-a;08-123 450 00;;"), 3,
                "field-count");
    }
}
