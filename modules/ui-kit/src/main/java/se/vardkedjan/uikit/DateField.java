package se.vardkedjan.uikit;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.LocalDate;
import java.util.List;

/**
 * The date picker every view uses (ADR 0019): Monday first, the month and weekday names, "Idag" and "Avbryt" and the
 * error texts from the kit's bundles in the user's language, and the Swedish date format {@code ÅÅÅÅ-MM-DD} (also
 * accepting {@code ÅÅÅÅMMDD} and {@code ÅÅMMDD} as typed). Views never construct Vaadin's {@code DatePicker}
 * themselves; an architecture test holds them to it.
 */
public class DateField extends DatePicker {

    public DateField() {
        swedish();
    }

    public DateField(String label) {
        super(label);
        swedish();
    }

    public DateField(String label, LocalDate value) {
        super(label, value);
        swedish();
    }

    private void swedish() {
        setI18n(i18n());
    }

    /** The texts and the format, in the locale of the current UI (Swedish unless the user chose English). */
    private DatePickerI18n i18n() {
        return new DatePickerI18n()
                .setMonthNames(List.of(
                        getTranslation("uikit.date.month.january"), getTranslation("uikit.date.month.february"),
                        getTranslation("uikit.date.month.march"), getTranslation("uikit.date.month.april"),
                        getTranslation("uikit.date.month.may"), getTranslation("uikit.date.month.june"),
                        getTranslation("uikit.date.month.july"), getTranslation("uikit.date.month.august"),
                        getTranslation("uikit.date.month.september"), getTranslation("uikit.date.month.october"),
                        getTranslation("uikit.date.month.november"), getTranslation("uikit.date.month.december")))
                // Vaadin lists the weekdays from Sunday, whatever the first day of the week.
                .setWeekdays(List.of(
                        getTranslation("uikit.date.weekday.sunday"), getTranslation("uikit.date.weekday.monday"),
                        getTranslation("uikit.date.weekday.tuesday"), getTranslation("uikit.date.weekday.wednesday"),
                        getTranslation("uikit.date.weekday.thursday"), getTranslation("uikit.date.weekday.friday"),
                        getTranslation("uikit.date.weekday.saturday")))
                .setWeekdaysShort(List.of(
                        getTranslation("uikit.date.weekday-short.sunday"),
                        getTranslation("uikit.date.weekday-short.monday"),
                        getTranslation("uikit.date.weekday-short.tuesday"),
                        getTranslation("uikit.date.weekday-short.wednesday"),
                        getTranslation("uikit.date.weekday-short.thursday"),
                        getTranslation("uikit.date.weekday-short.friday"),
                        getTranslation("uikit.date.weekday-short.saturday")))
                .setFirstDayOfWeek(1)
                .setDateFormats("yyyy-MM-dd", "yyyyMMdd", "yyMMdd")
                .setToday(getTranslation("uikit.date.today"))
                .setCancel(getTranslation("uikit.date.cancel"))
                .setBadInputErrorMessage(getTranslation("uikit.date.bad-input"))
                .setRequiredErrorMessage(getTranslation("uikit.date.required"))
                .setMinErrorMessage(getTranslation("uikit.date.too-early"))
                .setMaxErrorMessage(getTranslation("uikit.date.too-late"));
    }
}
