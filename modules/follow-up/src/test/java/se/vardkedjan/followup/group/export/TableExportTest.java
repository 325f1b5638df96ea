package se.vardkedjan.followup.group.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports keep what the table shows: figures, labels and "–" for a suppressed cell, never its figure. */
class TableExportTest {

    private final ExportTable table = new ExportTable("Nya ärenden per stadsdel och kön",
            List.of("Stadsdel", "Kvinnor", "Män", "Totalt"),
            List.of(List.of("Norr", "–", "–", new BigDecimal("12")),
                    List.of("Söder; väst", new BigDecimal("6"), new BigDecimal("7"), new BigDecimal("13")),
                    List.of("=HYPERLINK(\"x\")", new BigDecimal("45.5"), new BigDecimal("5"), new BigDecimal("50.5"))),
            List.of("– = färre än 5 personer, eller en uppgift som annars kunde räknas fram."));

    @Test
    void csvIsSemicolonSeparatedWithADecimalCommaAndKeepsSuppressedCellsHidden() {
        var csv = new String(TableExport.csv(table), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFNya ärenden per stadsdel och kön\r\n");
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFNya ärenden per stadsdel och kön",
                "Stadsdel;Kvinnor;Män;Totalt",
                "Norr;–;–;12",
                "\"Söder; väst\";6;7;13",
                "\"'=HYPERLINK(\"\"x\"\")\";45,5;5;50,5",
                "– = färre än 5 personer, eller en uppgift som annars kunde räknas fram.");
    }

    @Test
    void xlsxHoldsTheFiguresAsNumbersAndTheSuppressedCellsAsADash() throws IOException {
        var parts = unzip(TableExport.xlsx(table));

        assertThat(parts).containsKey("xl/worksheets/sheet1.xml");
        var strings = text(parts.get("xl/sharedStrings.xml"));
        var sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(strings).contains("Nya ärenden per stadsdel och kön", "Kvinnor", "–", "Söder; väst",
                "färre än 5 personer", "=HYPERLINK(\"x\")");
        // a text that looks like a formula stays a text cell in the workbook (no formula element anywhere)
        assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>");
        assertThat(sheet).contains("<v>12</v>", "<v>45.5</v>", "<v>50.5</v>");
        // the suppressed cells are texts (shared strings), never numbers: row 4 (Norr) has no number but its total
        var norr = sheet.substring(sheet.indexOf("<row r=\"4\""), sheet.indexOf("</row>", sheet.indexOf("<row r=\"4\"")));
        assertThat(norr.split("<v>")).hasSize(5);
        assertThat(norr).contains("t=\"s\"").contains("<v>12</v>");
    }

    /** XML's character references and entities decoded (the writer escapes every non-ASCII character). */
    private static String text(String xml) {
        var decoded = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        return decoded.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The workbook's parts, read through the zip's central directory as a spreadsheet program reads them. */
    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        var file = Files.createTempFile("group-table", ".xlsx");
        try {
            Files.write(file, bytes);
            var parts = new HashMap<String, String>();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
