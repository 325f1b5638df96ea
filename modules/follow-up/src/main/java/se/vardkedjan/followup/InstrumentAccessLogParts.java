package se.vardkedjan.followup;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;

/** The parts of the file follow-up's measurements name in their access-log rows, each with its text (ADR 0021). */
@Component
class InstrumentAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(
                Measurements.WHAT_MEASUREMENTS, "followup.instrument.access-log.what.MEASUREMENTS",
                Measurements.WHAT_MEASUREMENT, "followup.instrument.access-log.what.MEASUREMENT");
    }
}
