package se.vardkedjan.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every module asks for "now" and "today". Dates in the case file are Swedish calendar dates, so the
 * clock's zone is Europe/Stockholm whatever the server's own zone is; tests replace it with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
