package se.vardkedjan.casehandling;

/**
 * Where notices of new messages go out (ADR 0028, slice 2): to the address the client gave for notices, and nowhere
 * else. A notice's text is fixed and never holds a message's content or the client's name. The product's
 * implementation queues the notice in an outbox table ({@code casehandling.notice_outbox}); a municipality's sender
 * (its e-mail relay, its SMS gateway) sends what is queued and marks it sent.
 */
public interface Notices {

    /** How a notice reaches the client. */
    enum Channel {
        EMAIL,
        SMS
    }

    /** The text of every notice: that there is a new message, and how to read it — never what it says. */
    String NEW_MESSAGE = "Du har ett nytt meddelande i Vårdkedjan. Logga in med BankID för att läsa det.";

    /** Queues the notice to the address; the address is not logged. */
    void queue(Channel channel, String address, String text);
}
