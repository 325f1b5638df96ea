package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.persistence.MessageRows;
import se.vardkedjan.casehandling.persistence.MessageRows.Side;
import se.vardkedjan.casehandling.readmodel.MessageThread;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Clock;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The staff side of the messages between the client and the caseworkers of their case (ADR 0028, slice 2): the case
 * page's "Meddelanden" tab reads the thread (which marks the client's messages read for the staff) and answers. An
 * answer queues a notice to the address the client gave for notices, and only there, with a fixed text that never
 * holds the answer ({@link Notices}). Access as for every part of the case: the case's unit, a protected person's
 * case only for named staff; logged.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class CaseMessages {

    private static final String TEXT_FIELD = "casehandling.messages.text";

    private final PersonalDataAccess access;
    private final MessageRows messages;
    private final Notices notices;
    private final Clock clock;

    public CaseMessages(PersonalDataAccess access, MessageRows messages, Notices notices, Clock clock) {
        this.access = access;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    /** The case's messages, oldest first, the client's unread ones marked; reading marks them read for the staff. */
    @Transactional
    public MessageThread thread(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, "MESSAGES", Purpose.CASE_WORK);
        var thread = OwnMessages.thread(messages, caseId, Side.STAFF, null, null);
        if (thread.latest() != null) {
            messages.markRead(caseId, Side.STAFF, thread.latest().writtenAt());
        }
        return thread;
    }

    /**
     * Answers the client: the message is added to the case's thread under the signed-in user's name, and a notice
     * without its content is queued to the client's notice address, if they gave one.
     *
     * @throws se.vardkedjan.sharedkernel.RuleViolation when the text is empty or too long
     */
    @Transactional
    public MessageId answer(CaseId caseId, String text) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, "MESSAGE", Purpose.CASE_WORK);
        var checked = FREE_TEXT.required(TEXT_FIELD, text, FreeText.MEDIUM);
        var now = clock.instant();
        var actor = opened.actor();
        var id = messages.insert(caseId, false, actor.subject(), actor.username(), actor.displayName(), checked, now);
        messages.markRead(caseId, Side.STAFF, now);
        var address = messages.noticeAddress(opened.personId());
        if (address.email() != null) {
            notices.queue(Notices.Channel.EMAIL, address.email(), Notices.NEW_MESSAGE);
        }
        if (address.phone() != null) {
            notices.queue(Notices.Channel.SMS, address.phone(), Notices.NEW_MESSAGE);
        }
        return id;
    }
}
