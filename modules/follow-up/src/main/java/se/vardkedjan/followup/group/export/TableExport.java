package se.vardkedjan.followup.group.export;

import org.dhatim.fastexcel.Workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a group table as CSV or XLSX (ADR 0031). CSV as Swedish spreadsheets read it: UTF-8 with a byte-order mark,
 * semicolons between cells, a decimal comma; a text that a spreadsheet would take for a formula is prefixed with an
 * apostrophe. XLSX with dhatim's fastexcel: figures as numbers, texts as texts, the title first and the notes last.
 */
public final class TableExport {

    private TableExport() {
    }

    public static byte[] csv(ExportTable table) {
        var out = new StringBuilder("\uFEFF");
        line(out, List.of(table.title()));
        line(out, List.copyOf(table.header()));
        for (var row : table.rows()) {
            line(out, row);
        }
        for (var note : table.notes()) {
            line(out, List.of(note));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(ExportTable table) {
        var bytes = new ByteArrayOutputStream();
        xlsx(table, bytes);
        return bytes.toByteArray();
    }

    public static void xlsx(ExportTable table, OutputStream out) {
        try {
            var workbook = new Workbook(out, "Vardkedjan", "1.0");
            var sheet = workbook.newWorksheet(sheetName(table.title()));
            int r = 0;
            sheet.value(r, 0, table.title());
            sheet.style(r, 0).bold().set();
            r += 2;
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(r, c, table.header().get(c));
                sheet.style(r, c).bold().set();
            }
            r++;
            for (var row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) instanceof BigDecimal figure) {
                        sheet.value(r, c, figure);
                    } else {
                        sheet.value(r, c, (String) row.get(c));
                    }
                }
                r++;
            }
            r++;
            for (var note : table.notes()) {
                sheet.value(r++, 0, note);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String title) {
        var name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Tabell" : name.substring(0, Math.min(31, name.length()));
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(Object cell) {
        if (cell instanceof BigDecimal figure) {
            return figure.toPlainString().replace('.', ',');
        }
        var text = (String) cell;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
