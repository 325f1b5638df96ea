package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.persistence.MessageRows;
import se.vardkedjan.casehandling.persistence.MessageRows.NoticeAddress;
import se.vardkedjan.casehandling.persistence.MessageRows.Side;
import se.vardkedjan.casehandling.readmodel.MessageThread;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The client's messages with the caseworkers of their case, in the citizen portal (ADR 0028, slice 2): read the thread,
 * write, answer a message, mark what they have read, and say where they want a notice when staff answer. Messages are
 * part of the file ({@link FileSection#MESSAGES}, never shared with a trusted adult): only ever added, each with who
 * and when. No method takes a person or case id; a message id the client names must be in their own case, else it is
 * refused as unknown and recorded. Every read and change writes an access-log row with the client as actor and
 * purpose {@code OWN_FILE}. Only clients call it.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnMessages {

    private static final String TEXT_FIELD = "casehandling.own.message.text";
    /** The settings' fields, named in their refusals. */
    public static final String NOTICE_EMAIL_FIELD = "casehandling.own.application.email";
    public static final String NOTICE_PHONE_FIELD = "casehandling.own.application.phone";

    private final OwnFileDoor door;
    private final MessageRows messages;
    private final Clock clock;

    public OwnMessages(OwnFileDoor door, MessageRows messages, Clock clock) {
        this.door = door;
        this.messages = messages;
        this.clock = clock;
    }

    /** The thread of the client's case, oldest first, with where they want notices; empty for a client with no case. */
    @Transactional
    public Optional<MessageThread> thread() {
        return door.openOwnCase(FileSection.MESSAGES, AccessKind.READ, "OWN_MESSAGES").map(opened -> {
            var address = messages.noticeAddress(opened.personId());
            return thread(messages, opened.caseId(), Side.CLIENT, address.email(), address.phone());
        });
    }

    /**
     * Writes a message to the caseworkers of the client's case.
     *
     * @throws RuleViolation when the text is empty or too long, or the client has no case
     */
    @Transactional
    public MessageId write(String text) {
        var checked = FREE_TEXT.required(TEXT_FIELD, text, FreeText.MEDIUM);
        var opened = door.openOwnCase(FileSection.MESSAGES, AccessKind.CHANGE, "OWN_MESSAGE")
                .orElseThrow(() -> new RuleViolation("casehandling.own.error.no-case"));
        return add(opened.caseId(), opened.actor().subject(), checked);
    }

    /**
     * Answers a message of the client's own thread.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the message is unknown or not in the client's own case
     *                                                 (recorded)
     */
    @Transactional
    public MessageId answer(MessageId to, String text) {
        var opened = door.openOwnRecord(FileSection.MESSAGES, messages.caseOf(to), AccessKind.CHANGE, "OWN_MESSAGE",
                Target.of("MESSAGE", to.value()));
        var checked = FREE_TEXT.required(TEXT_FIELD, text, FreeText.MEDIUM);
        return add(opened.caseId(), opened.actor().subject(), checked);
    }

    /**
     * Marks the client's thread read up to and including the message.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the message is unknown or not in the client's own case
     *                                                 (recorded)
     */
    @Transactional
    public void markRead(MessageId upTo) {
        var opened = door.openOwnRecord(FileSection.MESSAGES, messages.caseOf(upTo), AccessKind.CHANGE,
                "OWN_MESSAGES_READ", Target.of("MESSAGE", upTo.value()));
        messages.markRead(opened.caseId(), Side.CLIENT, messages.writtenAt(upTo).orElseThrow());
    }

    /**
     * Sets where the client wants a notice when staff answer: an e-mail address, a mobile number, both or neither
     * (no notices). Only the client sets it; a notice never holds the message's content.
     *
     * @throws RuleViolation when an address cannot be one (the field named), or the client has no case
     */
    @Transactional
    public void setNoticeAddress(String email, String phone) {
        var checkedEmail = ContactLines.email(NOTICE_EMAIL_FIELD, email);
        var checkedPhone = ContactLines.phone(NOTICE_PHONE_FIELD, phone);
        var opened = door.openOwnCase(FileSection.MESSAGES, AccessKind.CHANGE, "OWN_NOTICE_ADDRESS")
                .orElseThrow(() -> new RuleViolation("casehandling.own.error.no-case"));
        messages.setNoticeAddress(opened.personId(), new NoticeAddress(checkedEmail, checkedPhone), clock.instant());
    }

    private MessageId add(CaseId caseId, String subject, String text) {
        var now = clock.instant();
        var id = messages.insert(caseId, true, subject, null, null, text, now);
        // What one writes oneself one has read.
        messages.markRead(caseId, Side.CLIENT, now);
        return id;
    }

    /** The case's thread as one side reads it: what the other side wrote after this side's mark is unread. */
    static MessageThread thread(MessageRows messages, CaseId caseId, Side side, String email, String phone) {
        var readUntil = messages.readUntil(caseId, side).orElse(Instant.MIN);
        var fromClient = side == Side.STAFF;
        return new MessageThread(messages.thread(caseId).stream().map(m -> new MessageThread.Message(m.id(),
                m.fromClient(), m.authorName(), m.text(), m.writtenAt(),
                m.fromClient() == fromClient && m.writtenAt().isAfter(readUntil))).toList(), email, phone);
    }
}
