package se.vardkedjan.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;
import se.vardkedjan.uikit.FieldRow;
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

        content.add(new H2(getTranslation("organisation.districts")));
        var districtGrid = new Grid<District>();
        districtGrid.setId("organisation-districts");
        districtGrid.addColumn(District::code).setHeader(getTranslation("organisation.code"));
        districtGrid.addColumn(District::name).setHeader(getTranslation("organisation.district.name"));
        districtGrid.setItems(districts);
        districtGrid.setAllRowsVisible(true);
        var districtCode = field("organisation-district-code", "organisation.code");
        var districtName = field("organisation-district-name", "organisation.district.name");
        var addDistrict = new Button(getTranslation("organisation.action.add-district"), click -> {
            if (Problems.attempt(this, () -> organisation.addDistrict(districtCode.getValue(),
                    districtName.getValue()))) {
                refresh();
            }
        });
        addDistrict.setId("organisation-add-district");
        content.add(districtGrid, new FieldRow(districtCode, districtName), addDistrict);

        content.add(new H2(getTranslation("organisation.units")));
        var unitGrid = new Grid<OrganisationUnit>();
        unitGrid.setId("organisation-units");
        unitGrid.addColumn(u -> u.code().value()).setHeader(getTranslation("organisation.code"));
        unitGrid.addColumn(OrganisationUnit::name).setHeader(getTranslation("organisation.unit.name"));
        unitGrid.addColumn(OrganisationUnit::districtCode)
                .setHeader(getTranslation("organisation.unit.district"));
        unitGrid.addColumn(u -> getTranslation(u.active() ? "organisation.unit.active"
                : "organisation.unit.inactive")).setHeader(getTranslation(
                "organisation.unit.state"));
        unitGrid.setItems(units);
        unitGrid.setAllRowsVisible(true);
        var unitCode = field("organisation-unit-code", "organisation.code");
        var unitDistrict = new Select<District>();
        unitDistrict.setLabel(getTranslation("organisation.unit.district"));
        unitDistrict.setItems(districts);
        unitDistrict.setItemLabelGenerator(District::name);
        unitDistrict.setId("organisation-unit-district");
        var unitName = field("organisation-unit-name", "organisation.unit.name");
        var addUnit = new Button(getTranslation("organisation.action.add-unit"), click -> {
            if (Problems.attempt(this, () -> organisation.addUnit(unitCode.getValue(),
                    unitDistrict.getValue() == null ? null : unitDistrict.getValue().code(), unitName.getValue()))) {
                refresh();
            }
        });
        addUnit.setId("organisation-add-unit");
        var chosenUnit = unitSelect("organisation-unit-choice", units);
        var newName = field("organisation-unit-new-name", "organisation.unit.new-name");
        // Nothing chosen: the facade says so.
        var rename = new Button(getTranslation("organisation.action.rename-unit"), click -> {
            var unit = chosenUnit.getValue();
            if (Problems.attempt(this, () -> organisation.renameUnit(unit == null ? null : unit.code(),
                    unit == null ? 0 : unit.version(), newName.getValue()))) {
                refresh();
            }
        });
        rename.setId("organisation-rename-unit");
        var deactivate = new Button(getTranslation("organisation.action.deactivate-unit"), click -> {
            var unit = chosenUnit.getValue();
            if (Problems.attempt(this, () -> organisation.deactivateUnit(unit == null ? null : unit.code(),
                    unit == null ? 0 : unit.version()))) {
                refresh();
            }
        });
        deactivate.setId("organisation-deactivate-unit");
        content.add(unitGrid, new FieldRow(unitCode, unitDistrict, unitName), addUnit,
                new FieldRow(chosenUnit, newName), rename, deactivate);

        content.add(new H2(getTranslation("organisation.staff")));
        var staffGrid = new Grid<StaffMember>();
        staffGrid.setId("organisation-staff");
        staffGrid.addColumn(StaffMember::username)
                .setHeader(getTranslation("organisation.staff.username"));
        staffGrid.addColumn(StaffMember::displayName)
                .setHeader(getTranslation("organisation.staff.display-name"));
        staffGrid.addColumn(s -> s.title() == null ? "" : s.title())
                .setHeader(getTranslation("organisation.staff.title"));
        staffGrid.addColumn(s -> s.units().stream().map(UnitCode::value).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisation.staff.units"));
        staffGrid.setItems(staff);
        staffGrid.setAllRowsVisible(true);
        var member = new Select<StaffMember>();
        member.setLabel(getTranslation("organisation.staff.member"));
        member.setItems(staff);
        member.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
        member.setId("organisation-staff-choice");
        var memberUnit = unitSelect("organisation-staff-unit", units);
        var addToUnit = new Button(getTranslation("organisation.action.add-to-unit"), click -> {
            if (Problems.attempt(this, () -> organisation.addStaffToUnit(chosenStaff(member),
                    chosenUnit(memberUnit)))) {
                refresh();
            }
        });
        addToUnit.setId("organisation-add-to-unit");
        var removeFromUnit = new Button(getTranslation("organisation.action.remove-from-unit"), click -> {
            if (Problems.attempt(this, () -> organisation.removeStaffFromUnit(chosenStaff(member),
                    chosenUnit(memberUnit)))) {
                refresh();
            }
        });
        removeFromUnit.setId("organisation-remove-from-unit");
        content.add(staffGrid, new FieldRow(member, memberUnit), addToUnit, removeFromUnit);
    }

    private static String chosenStaff(Select<StaffMember> member) {
        return member.getValue() == null ? null : member.getValue().username();
    }

    private static UnitCode chosenUnit(Select<OrganisationUnit> unit) {
        return unit.getValue() == null ? null : unit.getValue().code();
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
