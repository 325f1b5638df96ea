package se.vardkedjan.followup;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;

/** The parts of the file recorded follow-ups name in their access-log rows, each with its text (ADR 0021, 0030). */
@Component
class RecordAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(
                FollowUpRecords.RECORD, "followup.record.access-log.what.FOLLOW_UP_RECORD",
                FollowUpRecords.RECORDS, "followup.record.access-log.what.FOLLOW_UP_RECORDS");
    }
}
