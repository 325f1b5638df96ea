package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.ProtectedIdentities;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.readmodel.ProtectionStatus;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.Arrays;

/**
 * "Skyddade personuppgifter": an administrator or unit manager looks a person up by identity number (the number and
 * the protection level are shown, never the name or the address), raises protection at once, or proposes lifting or
 * changing it; and sees the proposals that wait for a second person, deciding those that are not their own.
 */
@Route("skydd")
@Menu(order = 46, title = "casehandling.protected.menu.protection", icon = "vaadin:lock")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.UNIT_MANAGER})
class ProtectionView extends VerticalLayout implements HasDynamicTitle {


    private final ProtectedIdentities protectedIdentities;
    private final TextField number = new TextField();
    private final Div status = new Div();
    private final Div pending = new Div();
    private String shownNumber;

    ProtectionView(ProtectedIdentities protectedIdentities) {
        this.protectedIdentities = protectedIdentities;
        var heading = new H1(getTranslation("casehandling.protected.protection.title"));
        heading.setId("protection-heading");
        add(heading, new Paragraph(getTranslation("casehandling.protected.protection.explained")));

        add(new H2(getTranslation("casehandling.protected.protection.find-heading")));
        number.setLabel(getTranslation("casehandling.protected.protection.number"));
        number.setId("protection-number");
        number.setWidth("16em");
        var find = new Button(getTranslation("casehandling.protected.protection.find"),
                click -> find(number.getValue()));
        find.setId("protection-find");
        find.addClickShortcut(Key.ENTER);
        var bar = new HorizontalLayout(number, find);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        status.setId("protection-status");
        add(bar, status);

        add(new H2(getTranslation("casehandling.protected.protection.pending-heading")));
        pending.setId("protection-pending");
        add(pending);
        showPending();
    }

    private void find(String typed) {
        status.removeAll();
        Problems.attempt(this, () -> protectedIdentities.find(typed)).ifPresent(found -> {
            shownNumber = typed;
            show(found);
        });
    }

    private void show(ProtectionStatus found) {
        var identity = new Paragraph(getTranslation("casehandling.protected.protection.identity",
                found.identityNumber()));
        identity.setId("protection-identity");
        var level = new Paragraph(getTranslation("casehandling.protected.protection.level", levelText(found.level())));
        level.setId("protection-level");
        status.add(identity, level);
        if (found.pending() != null) {
            var waiting = new Paragraph(getTranslation("casehandling.protected.protection.waiting",
                    levelText(found.pending().from()), levelText(found.pending().to())));
            waiting.setId("protection-waiting");
            status.add(waiting);
            return;
        }
        if (!found.level().isProtected()) {
            var to = levels("protection-raise-level",
                    getTranslation("casehandling.protected.protection.raise-level"), found.level(), false);
            var raise = new Button(getTranslation("casehandling.protected.protection.raise"), click -> act(() ->
                    protectedIdentities.raise(found.personId(), found.version(), to.getValue())));
            raise.setId("protection-raise");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            status.add(new Paragraph(getTranslation("casehandling.protected.protection.raise-explained")), to, raise);
            return;
        }
        var to = levels("protection-propose-level",
                getTranslation("casehandling.protected.protection.propose-level"), found.level(), true);
        var reason = new TextArea(getTranslation("casehandling.protected.reason"));
        reason.setId("protection-propose-reason");
        reason.setWidthFull();
        var propose = new Button(getTranslation("casehandling.protected.protection.propose"), click -> act(() ->
                protectedIdentities.propose(found.personId(), found.version(), to.getValue(), reason.getValue())));
        propose.setId("protection-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.add(new Paragraph(getTranslation("casehandling.protected.protection.propose-explained")), to, reason,
                propose);
    }

    /** The levels to change to: every other one (with "none" to lift), or only the protected ones (to raise). */
    private ComboBox<ProtectionLevel> levels(String id, String label, ProtectionLevel current, boolean withNone) {
        var levels = new ComboBox<ProtectionLevel>(label);
        levels.setId(id);
        levels.setItems(Arrays.stream(ProtectionLevel.values())
                .filter(level -> level != current && (withNone || level.isProtected())).toList());
        levels.setItemLabelGenerator(this::levelText);
        levels.setWidth("24em");
        return levels;
    }

    private void showPending() {
        pending.removeAll();
        Problems.attempt(this, protectedIdentities::pending).ifPresent(proposals -> {
            if (proposals.isEmpty()) {
                var none = new Paragraph(getTranslation("casehandling.protected.protection.pending-none"));
                none.setId("protection-pending-none");
                pending.add(none);
                return;
            }
            var list = new UnorderedList();
            for (var proposal : proposals) {
                var id = proposal.id().value().toString().substring(0, 8);
                var item = new ListItem();
                item.setId("protection-proposal-" + id);
                item.add(new Paragraph(getTranslation("casehandling.protected.protection.proposal",
                        proposal.identityNumber(), levelText(proposal.from()), levelText(proposal.to()),
                        proposal.proposedByName(), SwedishTime.DATE_TIME.format(proposal.proposedAt()))));
                item.add(new Paragraph(getTranslation("casehandling.protected.protection.proposal-reason",
                        proposal.reason())));
                if (proposal.mine()) {
                    var mine = new Span(getTranslation("casehandling.protected.protection.proposal-mine"));
                    mine.setId("protection-mine-" + id);
                    item.add(mine);
                } else {
                    var approve = new Button(getTranslation("casehandling.protected.protection.approve"), click ->
                            act(() -> protectedIdentities.approve(proposal.id())));
                    approve.setId("protection-approve-" + id);
                    approve.setAriaLabel(getTranslation("casehandling.protected.protection.approve-for",
                            proposal.identityNumber()));
                    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                    var reject = new Button(getTranslation("casehandling.protected.protection.reject"),
                            click -> rejectDialog(proposal));
                    reject.setId("protection-reject-" + id);
                    reject.setAriaLabel(getTranslation("casehandling.protected.protection.reject-for",
                            proposal.identityNumber()));
                    reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    item.add(new HorizontalLayout(approve, reject));
                }
                list.add(item);
            }
            pending.add(list);
        });
    }

    private void rejectDialog(ProtectionStatus.Proposal proposal) {
        var dialog = new Dialog();
        dialog.setId("protection-reject-dialog");
        dialog.setHeaderTitle(getTranslation("casehandling.protected.protection.reject-heading",
                proposal.identityNumber()));
        var reason = new TextArea(getTranslation("casehandling.protected.reason"));
        reason.setId("protection-reject-reason");
        reason.setWidthFull();
        var save = new Button(getTranslation("casehandling.protected.protection.reject"), click -> {
            if (Problems.attempt(this, () -> protectedIdentities.reject(proposal.id(), reason.getValue()))) {
                dialog.close();
                done();
            }
        });
        save.setId("protection-reject-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(getTranslation("casehandling.protected.cases.close"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(close, save);
        dialog.open();
    }

    private void act(Runnable call) {
        if (Problems.attempt(this, call)) {
            done();
        }
    }

    /** After a change: a confirmation, and the person and the waiting proposals read again. */
    private void done() {
        Notification.show(getTranslation("casehandling.protected.protection.saved"));
        if (shownNumber != null) {
            find(shownNumber);
        }
        showPending();
    }

    private String levelText(ProtectionLevel level) {
        return getTranslation(level.textKey());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.protected.protection.title");
    }
}
