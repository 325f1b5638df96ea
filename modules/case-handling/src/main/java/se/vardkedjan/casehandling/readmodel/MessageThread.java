package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.MessageId;

import java.time.Instant;
import java.util.List;

/**
 * The messages between the client and the caseworkers of their case, oldest first (ADR 0028, slice 2), as one side
 * reads them: {@code unread} marks what the other side wrote after this side last read.
 *
 * @param noticeEmail where the client wants notices by e-mail, or null (only in the client's own view)
 * @param noticePhone where the client wants notices by SMS, or null (only in the client's own view)
 */
public record MessageThread(List<Message> messages, String noticeEmail, String noticePhone) {

    public MessageThread {
        messages = List.copyOf(messages);
    }

    /**
     * One message.
     *
     * @param authorName the staff member's name as written then; null for the client's own
     */
    public record Message(MessageId id, boolean fromClient, String authorName, String text, Instant writtenAt,
                          boolean unread) {
    }

    /** The newest message, or null when there is none. */
    public Message latest() {
        return messages.isEmpty() ? null : messages.getLast();
    }
}
