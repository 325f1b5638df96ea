package se.vardkedjan.providercontracts.document;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.readmodel.PersonDetails;
import se.vardkedjan.providercontracts.AssignmentView;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders an assignment (uppdragsbeskrivning) as PDF with OpenPDF, the decision document's stack: the municipality,
 * the client (name and identity number; the address and phone only when shared with the client's consent, and the
 * address never for a protected person), the decision it rests on, the method and provider, the goals, start and
 * expected length, what the provider reports, how the municipality follows up, the contact persons, and the
 * documentation regulation it follows. Swedish, the language of the official record.
 */
@Component
public class AssignmentDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final String municipality;

    public AssignmentDocuments(@Value("${vardkedjan.municipality.name:Exempelstads kommun}") String municipality) {
        this.municipality = municipality;
    }

    /** The document; the caller has checked access and logged it. */
    public byte[] render(AssignmentView assignment, PersonDetails person, String methodName) {
        var texts = ResourceBundle.getBundle("i18n.providercontracts-assignments", Locale.ROOT);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(texts.getString("providercontracts.document.title"));
            document.open();
            var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            var subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            var body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            document.add(new Paragraph(municipality, subheading));
            var title = new Paragraph(texts.getString("providercontracts.document.title"), heading);
            title.setSpacingBefore(18);
            title.setSpacingAfter(12);
            document.add(title);
            document.add(new Paragraph(person.fullName() + ", " + person.identityNumber(), subheading));
            if (assignment.shareAddress() && !person.protection().isProtected() && person.streetAddress() != null) {
                document.add(new Paragraph(person.streetAddress(), body));
                document.add(new Paragraph(nullToEmpty(person.postalCode()) + " " + nullToEmpty(person.city()),
                        body));
            }
            if (assignment.sharePhone() && person.phone() != null) {
                line(document, body, texts, "providercontracts.assignment.share-phone", person.phone());
            }
            line(document, body, texts, "providercontracts.document.decision",
                    texts.getString(typeKey(assignment)) + (assignment.decidedOn() == null ? ""
                            : ", " + DATE.format(assignment.decidedOn())));
            line(document, body, texts, "providercontracts.assignment.method", methodName);
            line(document, body, texts, "providercontracts.assignment.provider",
                    nullToEmpty(assignment.providerName()));
            if (assignment.clientsChoice()) {
                document.add(new Paragraph(texts.getString("providercontracts.assignment.clients-choice"), body));
            }
            line(document, body, texts, "providercontracts.assignment.starts-on",
                    assignment.startsOn() == null ? "–" : DATE.format(assignment.startsOn()));
            line(document, body, texts, "providercontracts.assignment.expected-length",
                    nullToEmpty(assignment.expectedLength()));
            var goals = new Paragraph(texts.getString("providercontracts.assignment.goals"), subheading);
            goals.setSpacingBefore(12);
            document.add(goals);
            if (assignment.goals().isEmpty()) {
                document.add(new Paragraph(texts.getString("providercontracts.assignment.no-goals"), body));
            }
            for (var goal : assignment.goals()) {
                document.add(new Paragraph("• " + goal, body));
            }
            section(document, subheading, body, texts, "providercontracts.assignment.reporting",
                    assignment.reporting());
            section(document, subheading, body, texts, "providercontracts.assignment.follow-up",
                    assignment.followUp());
            section(document, subheading, body, texts, "providercontracts.assignment.contact-persons",
                    assignment.contactPersons());
            if (assignment.regulation() != null) {
                var regulation = new Paragraph(texts.getString("providercontracts.document.regulation") + ": "
                        + assignment.regulation(), body);
                regulation.setSpacingBefore(18);
                document.add(regulation);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the assignment document", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String typeKey(AssignmentView assignment) {
        return switch (assignment.interventionType()) {
            case OUTPATIENT -> "providercontracts.intervention.OUTPATIENT";
            case RESIDENTIAL -> "providercontracts.intervention.RESIDENTIAL";
            case SUPPORTED_HOUSING -> "providercontracts.intervention.SUPPORTED_HOUSING";
            case CONTACT_PERSON -> "providercontracts.intervention.CONTACT_PERSON";
            case OCCUPATION -> "providercontracts.intervention.OCCUPATION";
            case SERVICE_WITHOUT_DECISION -> "providercontracts.intervention.SERVICE_WITHOUT_DECISION";
        };
    }

    private static void section(Document document, Font heading, Font body, ResourceBundle texts, String labelKey,
                                String text) {
        var title = new Paragraph(texts.getString(labelKey), heading);
        title.setSpacingBefore(12);
        document.add(title);
        document.add(new Paragraph(nullToEmpty(text), body));
    }

    private static void line(Document document, Font font, ResourceBundle texts, String labelKey, String value) {
        document.add(new Paragraph(texts.getString(labelKey) + ": " + value, font));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
