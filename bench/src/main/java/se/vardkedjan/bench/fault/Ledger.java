package se.vardkedjan.bench.fault;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What the simulated users saw, one line per action (tab-separated, appended and flushed as it happens, so that a
 * killed load run leaves what it had seen): when it ended, who, what, the outcome, how long it took, the app node that
 * answered (HAProxy's sticky cookie), the journal entry's marker for a signing, and the error the user saw.
 * <p>
 * A signing is {@link Outcome#OK} only when the user saw the app say it was signed; {@link Outcome#UNCERTAIN} when the
 * user confirmed the signing but did not see that answer (it may or may not be committed); {@link Outcome#ERROR} when
 * the action failed before anything was sent. A decision ({@link Action#DECIDE}) is OK when the user saw it in the case's
 * list of decisions as decided; its marker is the case's id. A provider staff member's acceptance
 * ({@link Action#ACCEPT_ASSIGNMENT}) is OK when the user saw the assignment's page say it is accepted, UNCERTAIN when the
 * user pressed "accept" and saw no answer; its marker is the assignment's id. {@link Action#OPEN_INBOX} is the provider's
 * inbox opened, its detail how many new assignments it listed.
 */
final class Ledger implements AutoCloseable {

    enum Action {
        LOGIN_PASSWORD, LOGIN_SESSION, PASSWORD_PROMPT_UNPLANNED, READ_CASE, SIGN_ENTRY, DECIDE, OPEN_INBOX,
        ACCEPT_ASSIGNMENT
    }

    enum Outcome { OK, ERROR, UNCERTAIN }

    record Event(long endedAtMillis, String user, Action action, Outcome outcome, long millis, String node,
                 String marker, String detail) {

        long startedAtMillis() {
            return endedAtMillis - millis;
        }

        String line() {
            return String.join("\t", Long.toString(endedAtMillis), user, action.name(), outcome.name(),
                    Long.toString(millis), clean(node), clean(marker), clean(detail));
        }

        static Event parse(String line) {
            var f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("not a ledger line: " + line);
            }
            return new Event(Long.parseLong(f[0]), f[1], Action.valueOf(f[2]), Outcome.valueOf(f[3]),
                    Long.parseLong(f[4]), f[5], f[6], f[7]);
        }

        private static String clean(String text) {
            return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
        }
    }

    private final BufferedWriter out;

    Ledger(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    synchronized void record(Event event) {
        try {
            out.write(event.line());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(Event::parse).toList();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
