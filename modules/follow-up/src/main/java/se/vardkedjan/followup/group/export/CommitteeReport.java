package se.vardkedjan.followup.group.export;

import org.openpdf.text.Chapter;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The committee's report (issue 13, slice 2; ADR 0031's amendment): the group views' main tables for one filter as a
 * PDF, each with its definition, written from the tables as shown (a suppressed cell is "–", as on the page and in the
 * exports), with the filter, the summaries' refresh time and what "–" means. Helvetica's Latin-1 encoding carries
 * Swedish letters and the dash. Structure as far as OpenPDF goes: the document is marked tagged, its language and
 * title are set and shown, each table is a chapter (a bookmark) with its header row repeated on every page.
 */
public final class CommitteeReport {

    /** One table of the report, with its definition. */
    public record Section(String heading, String definition, ExportTable table) {
    }

    /**
     * @param lines   the lines under the title: the filter, the refresh time, the suppression rule
     * @param format  how a figure of a section is written, by the section's index
     */
    public static byte[] pdf(String title, String language, List<String> lines, List<Section> sections,
                             Function<Integer, Function<BigDecimal, String>> format) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setTagged();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            document.addTitle(title);
            document.open();
            var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            var subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            var body = FontFactory.getFont(FontFactory.HELVETICA, 9);
            var bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            var top = new Paragraph(title, heading);
            top.setSpacingAfter(8);
            document.add(top);
            for (var line : lines) {
                document.add(new Paragraph(line, body));
            }
            int number = 1;
            for (int s = 0; s < sections.size(); s++) {
                var section = sections.get(s);
                var chapterTitle = new Paragraph(section.heading(), subheading);
                var chapter = new Chapter(chapterTitle, number++);
                chapter.setNumberDepth(0);
                chapter.setTriggerNewPage(false);
                chapterTitle.setSpacingBefore(14);
                var definition = new Paragraph(section.definition(), body);
                definition.setSpacingAfter(6);
                chapter.add(definition);
                chapter.add(table(section.table(), body, bold, format.apply(s)));
                for (var note : section.table().notes()) {
                    chapter.add(new Paragraph(note, body));
                }
                document.add(chapter);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the committee's report", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(ExportTable table, Font body, Font bold, Function<BigDecimal, String> format) {
        var pdfTable = new PdfPTable(table.header().size());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(4);
        for (var column : table.header()) {
            pdfTable.addCell(new PdfPCell(new Phrase(column, bold)));
        }
        for (var row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                var value = row.get(c);
                var text = value instanceof BigDecimal figure ? format.apply(figure) : (String) value;
                var cell = new PdfPCell(new Phrase(text, c == 0 ? bold : body));
                if (c > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdfTable.addCell(cell);
            }
        }
        return pdfTable;
    }

    private CommitteeReport() {
    }
}
