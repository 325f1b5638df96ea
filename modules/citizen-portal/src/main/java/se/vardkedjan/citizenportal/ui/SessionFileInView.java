package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.FileInView;
import se.vardkedjan.sharedkernel.PersonId;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whose file the signed-in portal user reads ({@link FileInView}), kept in their Vaadin session: never in a URL, gone
 * with the session (a new login reads the own file first). Case handling's door checks it against the client's choices
 * on every call, so what is kept here grants nothing by itself. Outside a Vaadin request there is no choice. The
 * session is locked for each read and write: a download (the decision's PDF) is served without Vaadin holding the
 * lock, and the lock is reentrant where a UI request already holds it.
 */
@Component
class SessionFileInView implements FileInView {

    /** The session attribute: a small value class, so nothing else in the session is taken for it. */
    record Chosen(PersonId owner) {
    }

    @Override
    public Optional<PersonId> otherOwner() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : locked(session, () -> Optional.ofNullable(session.getAttribute(Chosen.class)).map(Chosen::owner));
    }

    @Override
    public void readOwn() {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            locked(session, () -> {
                session.setAttribute(Chosen.class, null);
                return null;
            });
        }
    }

    @Override
    public void readFileOf(PersonId owner) {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("Whose file to read is chosen in a portal session only");
        }
        locked(session, () -> {
            session.setAttribute(Chosen.class, new Chosen(owner));
            return null;
        });
    }

    private static <T> T locked(VaadinSession session, Supplier<T> work) {
        session.lock();
        try {
            return work.get();
        } finally {
            session.unlock();
        }
    }
}
