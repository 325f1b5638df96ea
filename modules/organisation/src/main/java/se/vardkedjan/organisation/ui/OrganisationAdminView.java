package se.vardkedjan.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.organisation.District;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.OrganisationUnit;
import se.vardkedjan.organisation.UnitContact;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.stream.Collectors;

/**
 * The organisation register for the administrator: load an organisation file (all or nothing), add districts and
 * units, rename and deactivate units, and put staff into units or take them out.
 */
@Route("admin/organisation")
@Menu(order = 90, title = "organisation.menu", icon = "vaadin:sitemap")
@RolesAllowed(Roles.ADMINISTRATOR)
class OrganisationAdminView extends VerticalLayout implements HasDynamicTitle {

    /** Larger files are refused before they are read. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Organisation organisation;
    private final Div content = new Div();

    OrganisationAdminView(Organisation organisation) {
        this.organisation = organisation;
        var heading = new H1(getTranslation("organisation.title"));
        heading.setId("organisation-heading");
        add(heading, uploadSection(), content);
        refresh();
    }

    private Div uploadSection() {
        var section = new Div();
        section.add(new H2(getTranslation("organisation.file-heading")));
        section.add(new Paragraph(getTranslation("organisation.file-explained")));
        var upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> importFile(new ByteArrayInputStream(data))))));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setId("organisation-upload");
        upload.setUploadButton(new Button(getTranslation("organisation.action.upload")));
        section.add(upload);
        return section;
    }

    /** Loads an organisation file; shows what was stored, or the wrong line. */
    void importFile(InputStream file) {
        Problems.attempt(this, () -> organisation.importFrom(file)).ifPresent(imported -> {
            var done = Notification.show(getTranslation("organisation.imported",
                    imported.districts(), imported.units(), imported.staffMembers()));
            done.setId("organisation-imported");
            refresh();
        });
    }

    private void refresh() {
        content.removeAll();
        var districts = organisation.districts();
        var units = organisation.units();
        var staff = organisation.staffMembers();

        var districtNames = districts.stream().collect(Collectors.toMap(District::code, District::name));
        var unitNames = units.stream().collect(Collectors.toMap(OrganisationUnit::code, OrganisationUnit::name));

        content.add(new H2(getTranslation("organisation.districts")));
        var districtGrid = grid(new Grid<District>(), "organisation-districts");
        sortable(districtGrid, District::name, "organisation.district.name", 2);
        sortable(districtGrid, District::code, "organisation.code", 1);
        districtGrid.setItems(districts);
        var districtForm = new FormProblems(this, "organisation-district");
        var districtCode = districtForm.required("organisation.code", field("organisation-district-code",
                "organisation.code"));
        var districtName = districtForm.required("organisation.district.name", field("organisation-district-name",
                "organisation.district.name"));
        var addDistrict = new Button(getTranslation("organisation.action.add-district"), click -> {
            if (districtForm.attempt(() -> organisation.addDistrict(districtCode.getValue(),
                    districtName.getValue()))) {
                refresh();
            }
        });
        addDistrict.setId("organisation-add-district");
        content.add(districtGrid, districtForm.summary(), new FieldRow(districtCode, districtName), addDistrict);

        content.add(new H2(getTranslation("organisation.units")));
        var unitGrid = grid(new Grid<OrganisationUnit>(), "organisation-units");
        sortable(unitGrid, OrganisationUnit::name, "organisation.unit.name", 3);
        sortable(unitGrid, u -> districtNames.getOrDefault(u.districtCode(), u.districtCode()),
                "organisation.unit.district", 2);
        sortable(unitGrid, u -> getTranslation(u.active() ? "organisation.unit.active" : "organisation.unit.inactive"),
                "organisation.unit.state", 1);
        sortable(unitGrid, u -> u.code().value(), "organisation.code", 1);
        unitGrid.setItems(units);
        var unitForm = new FormProblems(this, "organisation-unit");
        var unitCode = unitForm.required("organisation.code", field("organisation-unit-code", "organisation.code"));
        var unitDistrict = unitForm.required("organisation.unit.district", new Select<District>());
        unitDistrict.setLabel(getTranslation("organisation.unit.district"));
        unitDistrict.setItems(districts);
        unitDistrict.setItemLabelGenerator(District::name);
        unitDistrict.setId("organisation-unit-district");
        var unitName = unitForm.required("organisation.unit.name", field("organisation-unit-name",
                "organisation.unit.name"));
        var addUnit = new Button(getTranslation("organisation.action.add-unit"), click -> {
            if (unitForm.attempt(() -> organisation.addUnit(unitCode.getValue(),
                    unitDistrict.getValue() == null ? null : unitDistrict.getValue().code(), unitName.getValue()))) {
                refresh();
            }
        });
        addUnit.setId("organisation-add-unit");
        var changeForm = new FormProblems(this, "organisation-unit-change");
        var chosenUnit = changeForm.required("organisation.unit", unitSelect("organisation-unit-choice", units));
        var newName = changeForm.field("organisation.unit.new-name", field("organisation-unit-new-name",
                "organisation.unit.new-name"));
        newName.setRequiredIndicatorVisible(true);
        var rename = new Button(getTranslation("organisation.action.rename-unit"), click -> {
            var unit = chosenUnit.getValue();
            if (changeForm.attempt(() -> organisation.renameUnit(unit == null ? null : unit.code(),
                    unit == null ? 0 : unit.version(), newName.getValue()))) {
                refresh();
            }
        });
        rename.setId("organisation-rename-unit");
        var deactivate = new Button(getTranslation("organisation.action.deactivate-unit"), click -> {
            var unit = chosenUnit.getValue();
            if (changeForm.attempt(() -> organisation.deactivateUnit(unit == null ? null : unit.code(),
                    unit == null ? 0 : unit.version()))) {
                refresh();
            }
        });
        deactivate.setId("organisation-deactivate-unit");
        content.add(unitGrid, unitForm.summary(), new FieldRow(unitCode, unitDistrict, unitName), addUnit,
                changeForm.summary(), new FieldRow(chosenUnit, newName), rename, deactivate);
        content.add(unitContactForm(units));

        content.add(new H2(getTranslation("organisation.staff")));
        var staffGrid = grid(new Grid<StaffMember>(), "organisation-staff");
        sortable(staffGrid, StaffMember::displayName, "organisation.staff.display-name", 2);
        sortable(staffGrid, StaffMember::username, "organisation.staff.username", 1);
        sortable(staffGrid, s -> s.title() == null ? "" : s.title(), "organisation.staff.title", 2);
        // The units by their names, not their codes.
        sortable(staffGrid, s -> s.units().stream().map(code -> unitNames.getOrDefault(code, code.value())).sorted()
                .collect(Collectors.joining(", ")), "organisation.staff.units", 3);
        staffGrid.setItems(staff);
        var staffForm = new FormProblems(this, "organisation-staff");
        var member = staffForm.required("organisation.staff.member", new Select<StaffMember>());
        member.setLabel(getTranslation("organisation.staff.member"));
        member.setItems(staff);
        member.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
        member.setId("organisation-staff-choice");
        var memberUnit = staffForm.required("organisation.unit", unitSelect("organisation-staff-unit", units));
        var addToUnit = new Button(getTranslation("organisation.action.add-to-unit"), click -> {
            if (staffForm.attempt(() -> organisation.addStaffToUnit(chosenStaff(member),
                    chosenUnit(memberUnit)))) {
                refresh();
            }
        });
        addToUnit.setId("organisation-add-to-unit");
        var removeFromUnit = new Button(getTranslation("organisation.action.remove-from-unit"), click -> {
            if (staffForm.attempt(() -> organisation.removeStaffFromUnit(chosenStaff(member),
                    chosenUnit(memberUnit)))) {
                refresh();
            }
        });
        removeFromUnit.setId("organisation-remove-from-unit");
        content.add(staffGrid, staffForm.summary(), new FieldRow(member, memberUnit), addToUnit, removeFromUnit);
    }

    /**
     * A grid that shows all its rows (no empty space, no inner scrolling on a page of several), its cells wrapping so
     * nothing is cut at any width.
     */
    private <T> Grid<T> grid(Grid<T> grid, String id) {
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        return grid;
    }

    /** A column that sorts by what it shows, sharing the width by its weight. */
    private <T> void sortable(Grid<T> grid, ValueProvider<T, String> value, String headerKey, int weight) {
        grid.addColumn(value).setHeader(getTranslation(headerKey)).setKey(headerKey).setSortable(true)
                .setComparator(item -> value.apply(item).toLowerCase(getLocale())).setFlexGrow(weight)
                .setResizable(true);
    }

    private static String chosenStaff(Select<StaffMember> member) {
        return member.getValue() == null ? null : member.getValue().username();
    }

    private static UnitCode chosenUnit(Select<OrganisationUnit> unit) {
        return unit.getValue() == null ? null : unit.getValue().code();
    }

    /**
     * The unit's public contact details (what clients see in the portal): choosing a unit fills the fields with what
     * is registered, saving replaces all four as read.
     */
    private com.vaadin.flow.component.html.Div unitContactForm(java.util.List<OrganisationUnit> units) {
        var form = new FormProblems(this, "organisation-unit-contact");
        var unit = form.required("organisation.unit", unitSelect("organisation-contact-unit", units));
        var phone = form.field("organisation.unit.phone", field("organisation-contact-phone",
                "organisation.unit.phone"));
        var hours = form.field("organisation.unit.phone-hours", field("organisation-contact-phone-hours",
                "organisation.unit.phone-hours"));
        var email = form.field("organisation.unit.email", field("organisation-contact-email",
                "organisation.unit.email"));
        var address = form.field("organisation.unit.visiting-address", field("organisation-contact-address",
                "organisation.unit.visiting-address"));
        unit.addValueChangeListener(chosen -> {
            var contact = chosen.getValue() == null ? UnitContact.NONE : chosen.getValue().contact();
            phone.setValue(contact.phone() == null ? "" : contact.phone());
            hours.setValue(contact.phoneHours() == null ? "" : contact.phoneHours());
            email.setValue(contact.email() == null ? "" : contact.email());
            address.setValue(contact.visitingAddress() == null ? "" : contact.visitingAddress());
        });
        var save = new Button(getTranslation("organisation.action.save-contact"), click -> {
            var chosen = unit.getValue();
            if (form.attempt(() -> organisation.changeUnitContact(chosen == null ? null : chosen.code(),
                    chosen == null ? 0 : chosen.version(), phone.getValue(), hours.getValue(), email.getValue(),
                    address.getValue()))) {
                refresh();
            }
        });
        save.setId("organisation-save-contact");
        var section = new com.vaadin.flow.component.html.Div(
                new com.vaadin.flow.component.html.H3(getTranslation("organisation.unit.contact")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("organisation.unit.contact-explained")),
                form.summary(), new FieldRow(unit, phone, hours), new FieldRow(email, address), save);
        section.setId("organisation-unit-contact");
        return section;
    }

    private Select<OrganisationUnit> unitSelect(String id, java.util.List<OrganisationUnit> units) {
        var select = new Select<OrganisationUnit>();
        select.setLabel(getTranslation("organisation.unit"));
        select.setItems(units);
        select.setItemLabelGenerator(u -> u.name() + " (" + u.code().value() + ")");
        select.setId(id);
        return select;
    }

    private TextField field(String id, String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
