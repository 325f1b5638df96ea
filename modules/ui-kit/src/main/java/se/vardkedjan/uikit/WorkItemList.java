package se.vardkedjan.uikit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.text.ListFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

/**
 * The start page's "Att göra" (ADR 0022), headed at level 2 under the page's own heading: the work items of every
 * source grouped Försenat / Denna vecka / Kommande, each heading with the number of its items, each item one dense
 * line (what and the client as one link to the place where the work is done, the detail cut to the line, the date at
 * the end; styles {@code vk-work-*} in the app's style sheet), so that a first screen of 1366×768 shows a dozen items
 * or more. A group without
 * items is left out; no items at all give the honest empty state. Used by the staff start page and the provider's.
 */
public class WorkItemList extends Section {

    public WorkItemList(Collection<WorkItem> items, LocalDate today) {
        setId("work-items");
        addClassName("vk-work-items");
        var title = new H2(getTranslation("uikit.work.title"));
        title.setId("work-items-heading");
        getElement().setAttribute("aria-labelledby", "work-items-heading");
        add(title);
        var groups = new EnumMap<WorkItem.Group, List<WorkItem>>(WorkItem.Group.class);
        for (var item : items) {
            groups.computeIfAbsent(item.group(today), group -> new ArrayList<>()).add(item);
        }
        if (groups.isEmpty()) {
            var empty = new Paragraph(getTranslation("uikit.work.empty"));
            empty.setId("work-items-empty");
            add(empty);
            return;
        }
        for (var group : WorkItem.Group.values()) {
            var inGroup = groups.get(group);
            if (inGroup == null) {
                continue;
            }
            inGroup.sort(WorkItem.ORDER);
            add(section(group, inGroup, today));
        }
    }

    private Section section(WorkItem.Group group, List<WorkItem> items, LocalDate today) {
        var id = "work-group-" + group.name().toLowerCase().replace('_', '-');
        var heading = new H3(getTranslation(group.textKey(), items.size()));
        heading.setId(id + "-heading");
        var list = new UnorderedList();
        list.addClassName("vk-work-list");
        for (var item : items) {
            list.add(entry(item, today, group));
        }
        var section = new Section(heading, list);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private ListItem entry(WorkItem item, LocalDate today, WorkItem.Group group) {
        var kind = getTranslation(item.kindKey());
        var client = item.clientName() != null ? item.clientName()
                : item.clientKey() != null ? getTranslation(item.clientKey()) : null;
        var link = new Anchor(item.path(), client == null ? kind : getTranslation("uikit.work.item", kind, client));
        link.addClassName("vk-work-item");
        var entry = new ListItem(link);
        entry.addClassName("vk-work-entry");
        var detail = item.detailKeys().isEmpty() ? item.detail()
                : ListFormat.getInstance(getLocale(), ListFormat.Type.STANDARD, ListFormat.Style.FULL)
                        .format(item.detailKeys().stream().map(key -> getTranslation(key)).toList());
        if (detail != null && !detail.isBlank()) {
            var text = new Span(detail);
            text.addClassName("vk-work-detail");
            // The line cuts a long detail; the whole text stays readable on hover and to screen readers.
            text.getElement().setAttribute("title", detail);
            entry.add(text);
        }
        var days = item.date() == null ? 0 : Math.abs(ChronoUnit.DAYS.between(today, item.date()));
        var date = new Span(getTranslation(item.dateKey(), item.date() == null ? "–" : SwedishTime.date(item.date()),
                days));
        date.addClassName("vk-work-date");
        if (group == WorkItem.Group.OVERDUE) {
            date.getElement().getThemeList().add("badge error");
        }
        entry.add(date);
        return entry;
    }
}
