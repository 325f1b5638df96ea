package se.vardkedjan.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns what a facade of any module refused into a clear Swedish message: a rule's own text (with the arguments that
 * are text keys, such as field labels, translated), a concurrent change, or missing access. Views call a facade
 * through {@link #attempt} or, when they hold a version they read, {@link #save}; anything else is a bug and goes to
 * the error page.
 */
public final class Problems {

    private Problems() {
    }

    /** The message for a refusal, in the component's locale. */
    public static String message(Component source, RuntimeException problem) {
        return switch (problem) {
            case RuleViolation rule -> source.getTranslation(rule.messageKey(), Arrays.stream(rule.arguments())
                    .map(argument -> argument instanceof String text && TextKeys.isKey(text)
                            ? source.getTranslation(text) : argument)
                    .toArray());
            case ConcurrentChange ignored -> source.getTranslation("uikit.error.concurrent-change");
            case AccessDenied ignored -> source.getTranslation("uikit.error.access-denied");
            default -> throw problem;
        };
    }

    /** Shows the refusal as an error notification that stays until closed, and is announced to screen readers. */
    public static void show(Component source, RuntimeException problem) {
        var notification = new Notification();
        var close = new Button(source.getTranslation("uikit.action.close-message"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var text = new Span(message(source, problem));
        text.setId("problem-message");
        notification.add(text, close);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }

    /**
     * Runs a facade call; on a refusal, shows it and returns empty. Nothing was stored in that case (the facade's
     * transaction rolled back).
     */
    public static <T> Optional<T> attempt(Component source, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuleViolation | ConcurrentChange | AccessDenied problem) {
            show(source, problem);
            return Optional.empty();
        }
    }

    /** Like {@link #attempt(Component, Supplier)} for a call without a result; true when it succeeded. */
    public static boolean attempt(Component source, Runnable call) {
        return attempt(source, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * The version-conflict reload: runs a save that passes the version the view read. On a concurrent change the
     * refusal is shown and the view reads again ({@code reload}), so the other change is shown, never overwritten; on
     * another refusal it is shown and the form keeps what the user typed. True when the save succeeded.
     */
    public static boolean save(Component source, Runnable call, Runnable reload) {
        try {
            call.run();
            return true;
        } catch (ConcurrentChange change) {
            show(source, change);
            reload.run();
            return false;
        } catch (RuleViolation | AccessDenied refused) {
            show(source, refused);
            return false;
        }
    }
}
