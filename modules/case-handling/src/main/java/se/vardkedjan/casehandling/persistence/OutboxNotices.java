package se.vardkedjan.casehandling.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.Notices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Notices queued in {@code casehandling.notice_outbox} (ADR 0028, slice 2), in the same transaction as the answer that
 * caused them, with a log line that names the channel but never the address. Nothing here sends: a sender outside the
 * app (the municipality's e-mail relay, its SMS gateway) reads the unsent rows and marks them sent.
 */
@Component
class OutboxNotices implements Notices {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxNotices.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void queue(Channel channel, String address, String text) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO casehandling.notice_outbox (id, channel, address, text, queued_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, channel.name(), address, text, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        LOG.info("Notice {} queued for sending by {}", id, channel);
    }
}
