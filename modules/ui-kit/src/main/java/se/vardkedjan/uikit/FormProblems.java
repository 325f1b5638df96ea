package se.vardkedjan.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The problems of one form, shown where they are (ADR 0019): the form's fields by name (a registry: the name is the
 * field's label key by convention, the one a {@link RuleViolation#forField} names), required markers, an error at the
 * field, and a summary at the top of the form — a focusable region with {@code role="alert"} that lists every problem
 * with a link that focuses its field. What is obvious (a required field left empty, a date that is not a date) is
 * checked here before the facade is called ({@link #check}); the rules are the facade's: a refusal that names a field
 * (or whose argument is a registered field's name) marks that field. Warnings — allowed, but worth a look — are listed
 * apart, in a neutral style, never in error red. Concurrent changes and missing access are not a field's problem and
 * remain notifications ({@link Problems}).
 *
 * <p>Usage: {@code var problems = new FormProblems(this, "intake");} add {@link #summary()} at the top of the form,
 * {@code problems.required("casehandling.intake.received-on", receivedOn)} or {@code problems.field(…)} for each field,
 * and save with {@code problems.attempt(() -> facade.call(…))}.
 */
public final class FormProblems {

    private final Component owner;
    private final Div summary = new Div();
    private final UnorderedList errors = new UnorderedList();
    private final UnorderedList warnings = new UnorderedList();
    private final Div warningBox = new Div();
    private final H3 heading = new H3();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<String, Boolean> requiredFields = new LinkedHashMap<>();
    private final String id;

    /**
     * @param owner the form (for its texts and locale)
     * @param id    the form's id: the summary is {@code <id>-problems}, its warnings {@code <id>-warnings}
     */
    public FormProblems(Component owner, String id) {
        this.owner = owner;
        this.id = id;
        summary.setId(id + "-problems");
        summary.getElement().setAttribute("role", "alert");
        summary.getElement().setAttribute("tabindex", "-1");
        summary.getElement().setAttribute("aria-labelledby", id + "-problems-heading");
        heading.setId(id + "-problems-heading");
        errors.setId(id + "-problems-list");
        summary.add(heading, errors);
        summary.getStyle().set("border", "2px solid var(--lumo-error-color)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)")
                .set("background", "var(--lumo-error-color-10pct)");
        summary.setVisible(false);
        warningBox.setId(id + "-warnings");
        warningBox.getElement().setAttribute("role", "status");
        asWarning(warningBox);
        var warningsHeading = new com.vaadin.flow.component.html.Span(
                owner.getTranslation("uikit.form.warnings-heading"));
        warningsHeading.getStyle().set("font-weight", "600");
        warningBox.add(warningsHeading, warnings);
        warningBox.setVisible(false);
    }

    /**
     * Gives a box the warning style: a neutral background with a warning-coloured edge, never error red (a warning
     * says something is allowed but worth a look).
     */
    public static <C extends Component & HasStyle> C asWarning(C box) {
        box.getStyle().set("display", "block").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-warning-color, var(--lumo-contrast-50pct))")
                .set("background", "var(--lumo-contrast-5pct)").set("color", "var(--lumo-body-text-color)")
                .set("border-radius", "var(--lumo-border-radius-s)");
        box.addClassName("form-warning");
        return box;
    }

    /** The summary of errors, to be placed at the top of the form. */
    public Component summary() {
        return summary;
    }

    /** The warnings, to be placed below the summary (or where the form wants them). */
    public Component warningList() {
        return warningBox;
    }

    /** Registers a field by name (its label key by convention), so that a rule naming it marks it. */
    public <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        if (component instanceof HasValue<?, ?> value) {
            // The user corrects: the field's mark goes, and with it its line in the summary and the lines of no field.
            value.addValueChangeListener(event -> corrected(name));
        }
        return component;
    }

    /** A field was changed: its mark and its summary lines go, as do the lines that named no field. */
    private void corrected(String name) {
        if (fields.get(name) instanceof HasValidation validated && validated.getErrorMessage() != null
                && !validated.getErrorMessage().isEmpty()) {
            validated.setErrorMessage(null);
            validated.setInvalid(false);
        }
        errors.getChildren().filter(item -> {
            var field = item.getChildren().findFirst().map(link -> link.getElement().getAttribute("data-field"))
                    .orElse(null);
            return field == null || field.equals(name);
        }).toList().forEach(errors::remove);
        summary.setVisible(errors.getComponentCount() > 0);
    }

    /** Registers a required field: marked as required, and checked for a value before the facade is called. */
    public <C extends Component & HasValidation> C required(String name, C component) {
        field(name, component);
        requiredFields.put(name, true);
        // Vaadin 25.2's Select puts aria-required on its value button (role="button"), which axe refuses as a critical
        // violation (aria-allowed-attr): a Select is checked as required but not marked. Prefer a ComboBox or a radio
        // group for a required choice.
        if (component instanceof HasValue<?, ?> value
                && !(component instanceof com.vaadin.flow.component.select.Select<?>)) {
            value.setRequiredIndicatorVisible(true);
        }
        return component;
    }

    /** Forgets a field (a row that was removed); a field no longer shown is not checked either. */
    public void forget(String name) {
        fields.remove(name);
        requiredFields.remove(name);
    }

    /** The component registered under a name. */
    public Optional<Component> fieldNamed(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * The obvious checks, here before any facade is called: every visible required field has a value, and no field
     * holds what it cannot read (a date that is not a date). Marks each field and shows the summary; true when there
     * is nothing to correct.
     */
    public boolean check() {
        clear();
        var problems = new ArrayList<Problem>();
        fields.forEach((name, component) -> {
            if (!component.isVisible() || !(component instanceof HasValue<?, ?> value)) {
                return;
            }
            var label = label(name);
            var empty = value.isEmpty() || value.getValue() instanceof String text && text.isBlank();
            if (requiredFields.containsKey(name) && empty && !unreadable(component)) {
                problems.add(new Problem(name, owner.getTranslation("uikit.form.required", label)));
            } else if (unreadable(component)) {
                problems.add(new Problem(name, owner.getTranslation("uikit.form.unreadable", label)));
            }
        });
        show(problems);
        return problems.isEmpty();
    }

    /**
     * Runs the obvious checks, then the facade call. A rule's refusal is shown at its field (or, naming none, in the
     * summary only); a concurrent change or missing access as a notification. Empty when anything was refused, and then
     * nothing was stored (the facade's transaction rolled back).
     */
    public <T> Optional<T> attempt(Supplier<T> call) {
        if (!check()) {
            return Optional.empty();
        }
        return call(call);
    }

    /**
     * Asks the facade without the obvious checks first: for a form whose every rule is the domain's (the
     * investigation's completion, which lists what is missing itself). Refusals are shown as by {@link #attempt}.
     */
    public <T> Optional<T> attemptRules(Supplier<T> call) {
        clear();
        return call(call);
    }

    /** Calls the facade: a rule's refusal at its field and in the summary, anything else as a notification. */
    private <T> Optional<T> call(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuleViolation rule) {
            show(rule);
            return Optional.empty();
        } catch (ConcurrentChange | AccessDenied problem) {
            Problems.show(owner, problem);
            return Optional.empty();
        }
    }

    /** Like {@link #attempt(Supplier)} for a call without a result; true when it succeeded. */
    public boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Shows a rule's refusal: at the field it names, or at the field whose name is one of its arguments. */
    public void show(RuleViolation rule) {
        clear();
        show(List.of(new Problem(fieldOf(rule).orElse(null), Problems.message(owner, rule))));
    }

    /** Shows warnings (allowed, worth a look), each with a link to its field when it names one; none hides them. */
    public void warn(List<Warning> found) {
        warnings.removeAll();
        found.forEach(warning -> warnings.add(item(warning.field(), warning.message())));
        warningBox.setVisible(!found.isEmpty());
    }

    /** A warning for {@link #warn}: a field's name (or null) and the message, already in the user's words. */
    public record Warning(String field, String message) {
    }

    /** Removes every mark and empties the summary. */
    public void clear() {
        fields.values().forEach(component -> {
            if (component instanceof HasValidation validated && validated.getErrorMessage() != null
                    && !validated.getErrorMessage().isEmpty()) {
                validated.setErrorMessage(null);
                validated.setInvalid(false);
            }
        });
        errors.removeAll();
        summary.setVisible(false);
    }

    /** The problems shown now, in the order of the summary (for tests and assistive checks). */
    public List<String> shown() {
        return errors.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private Optional<String> fieldOf(RuleViolation rule) {
        var named = rule.field().filter(fields::containsKey);
        if (named.isPresent()) {
            return named;
        }
        return Arrays.stream(rule.arguments()).filter(argument -> argument instanceof String text
                && fields.containsKey(text)).map(String.class::cast).findFirst();
    }

    private void show(List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        for (var problem : problems) {
            if (problem.field() != null && fields.get(problem.field()) instanceof HasValidation validated) {
                validated.setErrorMessage(problem.message());
                validated.setInvalid(true);
            }
            errors.add(item(problem.field(), problem.message()));
        }
        heading.setText(problems.size() == 1 ? owner.getTranslation("uikit.form.one-problem")
                : owner.getTranslation("uikit.form.problems", problems.size()));
        summary.setVisible(true);
        summary.getElement().callJsFunction("focus");
    }

    private Component item(String field, String message) {
        var component = field == null ? null : fields.get(field);
        if (component instanceof Focusable<?> focusable) {
            var link = new Button(message, click -> focusable.focus());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto")
                    .set("text-decoration", "underline");
            link.getElement().setAttribute("data-field", field);
            link.setId(id + "-problem-" + (errors.getComponentCount() + warnings.getComponentCount()));
            return new ListItem(link);
        }
        return new ListItem(message);
    }

    /**
     * Whether the field holds input it cannot read: a date picker whose text is not a date (its value is then empty and
     * the field invalid), or any field the component itself marked invalid for a value it has.
     */
    private static boolean unreadable(Component component) {
        if (!(component instanceof HasValidation validated) || !validated.isInvalid()) {
            return false;
        }
        if (component instanceof com.vaadin.flow.component.datepicker.DatePicker picker) {
            return picker.isEmpty() && picker.getElement().getProperty("_hasInputValue", false);
        }
        return component instanceof HasValue<?, ?> value && !value.isEmpty();
    }

    private String label(String name) {
        return TextKeys.isKey(name) ? owner.getTranslation(name) : name;
    }

    private record Problem(String field, String message) {
    }
}
