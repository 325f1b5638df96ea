package se.vardkedjan.casehandling.document;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.domain.Delegation;
import se.vardkedjan.casehandling.readmodel.DecisionView;
import se.vardkedjan.casehandling.readmodel.PersonDetails;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders a decision document (beslutsmeddelande) as PDF with OpenPDF: the municipality and unit, the person (name and
 * identity number; the address only when the identity is not protected), what was decided, the legal basis, the
 * reasons and, when anything was refused or partly granted, how to appeal. Texts come from the decision bundle in
 * Swedish, the language of the official record.
 */
@Component
public class DecisionDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final String municipality;

    public DecisionDocuments(@Value("${vardkedjan.municipality.name:Exempelstads kommun}") String municipality) {
        this.municipality = municipality;
    }

    /** The document for a decided (or proposed) decision; the caller has checked access and logged it. */
    public byte[] render(DecisionView decision, PersonDetails person, String unitName) {
        var texts = ResourceBundle.getBundle("i18n.casehandling-decision", Locale.ROOT);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(texts.getString("casehandling.decision.document.title"));
            document.open();
            var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            var subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            var body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            document.add(new Paragraph(municipality, subheading));
            document.add(new Paragraph(unitName, body));
            var title = new Paragraph(texts.getString("casehandling.decision.document.title"), heading);
            title.setSpacingBefore(18);
            title.setSpacingAfter(12);
            title.setAlignment(Element.ALIGN_LEFT);
            document.add(title);
            document.add(new Paragraph(person.fullName() + ", " + person.identityNumber(), subheading));
            if (!person.protection().isProtected() && person.streetAddress() != null) {
                document.add(new Paragraph(person.streetAddress(), body));
                document.add(new Paragraph(nullToEmpty(person.postalCode()) + " " + nullToEmpty(person.city()), body));
            }
            line(document, body, texts, "casehandling.decision.document.decided-on",
                    decision.decidedOn() == null ? "–" : DATE.format(decision.decidedOn()));
            line(document, body, texts, "casehandling.decision.document.decided-by",
                    decision.decidedBy() == null ? "–" : decision.decidedByName());
            if (decision.delegationLevel() != null) {
                line(document, body, texts, "casehandling.decision.document.delegation",
                        texts.getString(Delegation.decidedOnTextKey(decision.delegationLevel())));
            }
            for (var item : decision.items()) {
                var what = new Paragraph(texts.getString(item.type().textKey()) + ": "
                        + texts.getString(item.outcome().textKey()), subheading);
                what.setSpacingBefore(12);
                document.add(what);
                document.add(new Paragraph(item.scope(), body));
                if (item.startsOn() != null) {
                    line(document, body, texts, "casehandling.decision.starts-on", DATE.format(item.startsOn()));
                }
                if (item.plannedEnd() != null) {
                    line(document, body, texts, "casehandling.decision.planned-end", DATE.format(item.plannedEnd()));
                }
                if (item.serviceWithoutDecision()) {
                    document.add(new Paragraph(texts.getString("casehandling.decision.service-note"), body));
                } else {
                    line(document, body, texts, "casehandling.decision.legal-basis",
                            item.legalReference().citation() + " – " + item.legalReference().title());
                }
                if (item.reasons() != null && item.outcome() != DecisionOutcome.GRANTED) {
                    line(document, body, texts, "casehandling.decision.reasons", item.reasons());
                }
            }
            if (decision.appealable()) {
                var appeal = new Paragraph(texts.getString("casehandling.decision.appeal.heading"), subheading);
                appeal.setSpacingBefore(18);
                document.add(appeal);
                document.add(new Paragraph(texts.getString("casehandling.decision.appeal.text"), body));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the decision document", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void line(Document document, Font font, ResourceBundle texts, String labelKey, String value) {
        document.add(new Paragraph(texts.getString(labelKey) + ": " + value, font));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
