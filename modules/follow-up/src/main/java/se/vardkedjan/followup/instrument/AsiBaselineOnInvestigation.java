package se.vardkedjan.followup.instrument;

import se.vardkedjan.followup.MeasurementId;
import se.vardkedjan.followup.MeasurementSource;
import se.vardkedjan.followup.Occasion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.casehandling.events.InvestigationCompleted;
import se.vardkedjan.followup.instrument.persistence.MeasurementRows;

import java.time.Clock;
import java.util.LinkedHashMap;

/**
 * A completed investigation gives the case its ASI baseline (ADR 0029): the interviewer's severity and the client's
 * own rating per life area, as the investigation recorded them, become the ASI measurement at BASELINE, source STAFF,
 * dated the day of completion. At most one per investigation however often the event arrives (delivery is at least
 * once; the unique {@code source_key} decides, so two deliveries at the same time also make one). Runs without a user:
 * it reads the numbers through {@link CaseDoor#completedLifeAreaRatings} and shows them to nobody; the ASI has no
 * cut-off by sex or age, so no person is read.
 */
@Component
class AsiBaselineOnInvestigation {

    static final String ASI = "ASI";
    /** The recorder of a measurement the product took from another record: no person. */
    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(AsiBaselineOnInvestigation.class);

    private final CaseDoor door;
    private final InstrumentCatalogue catalogue;
    private final MeasurementRows rows;
    private final Clock clock;

    AsiBaselineOnInvestigation(CaseDoor door, InstrumentCatalogue catalogue, MeasurementRows rows, Clock clock) {
        this.door = door;
        this.catalogue = catalogue;
        this.rows = rows;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InvestigationCompleted completed) {
        var definition = catalogue.current(ASI).orElse(null);
        var ratings = door.completedLifeAreaRatings(completed.caseId(), completed.investigationId()).orElse(null);
        if (definition == null || ratings == null) {
            LOG.warn("No ASI baseline for investigation {}: {}", completed.investigationId().value(),
                    definition == null ? "no ASI definition" : "not a completed investigation of its case");
            return;
        }
        var answers = new LinkedHashMap<String, String>();
        for (var rating : ratings) {
            if (rating.severity() != null) {
                answers.put(rating.area().name() + "_SEVERITY", rating.severity().toString());
            }
            if (rating.clientRating() != null) {
                answers.put(rating.area().name() + "_CLIENT", rating.clientRating().toString());
            }
        }
        var score = definition.score(answers, Sex.UNKNOWN, null, completed.completedOn());
        rows.insert(new MeasurementRows.NewMeasurement(MeasurementId.random(), completed.caseId(), definition.ref(),
                Occasion.BASELINE, completed.completedOn(), MeasurementSource.STAFF, SYSTEM, clock.instant(),
                answers, definition.itemScores(answers), score, null, null,
                "investigation:" + completed.investigationId().value()));
    }
}
