package se.vardkedjan.followup.group.export;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommitteeReportTest {

    @Test
    void theReportHoldsTheFilterTheRefreshTimeEachTablesDefinitionAndItsFiguresAsShownWithTheDashForAHiddenCell()
            throws IOException {
        var outcomes = new ExportTable("AUDIT", List.of("Stadsdel", "AUDIT: förändring (medel)"), List.of(
                List.of("Norr", new BigDecimal("-4.0")), List.of("Söder", "–"), List.of("Totalt", new BigDecimal("-2.7"))),
                List.of("– betyder att färre än 5 personer ligger bakom siffran."));
        var goals = new ExportTable("Mål", List.of("Stadsdel", "Mål uppnådda (%)"), List.of(
                List.of("Norr", new BigDecimal("50.0")), List.of("Totalt", new BigDecimal("31.6"))), List.of());

        var pdf = CommitteeReport.pdf("Rapport till nämnden", "sv",
                List.of("Period: 2026-01-01–2026-06-30, stadsdelar: Norr, Söder", "Siffrorna byggdes 2026-07-01 06:20"),
                List.of(new CommitteeReport.Section("Förändring i AUDIT", "Poäng vid senaste uppföljningen minus "
                                + "poäng vid första mätningen, medelvärde per klient.", outcomes),
                        new CommitteeReport.Section("Mål uppnådda", "Andel mål vars senaste skattning är uppnått.",
                                goals)),
                section -> figure -> figure.toPlainString().replace('.', ','));

        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Rapport till nämnden", "Period: 2026-01-01–2026-06-30",
                "Siffrorna byggdes 2026-07-01 06:20", "Förändring i AUDIT", "Poäng vid senaste uppföljningen",
                "Norr", "-4,0", "Söder", "–", "-2,7", "färre än 5 personer", "Mål uppnådda", "50,0", "31,6");
        // marked tagged, in Swedish, with its title shown
        assertThat(reader.getCatalog().getAsDict(PdfName.MARKINFO)).isNotNull();
        assertThat(reader.getCatalog().get(PdfName.LANG).toString()).isEqualTo("sv");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Rapport till nämnden");
    }
}
