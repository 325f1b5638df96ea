package se.vardkedjan.platform.ui;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Branding.class)
class UiConfiguration {

    /** Every session shows an unforeseen failure of an action as a plain notification ({@link UnexpectedErrors}). */
    @Bean
    VaadinServiceInitListener unexpectedErrors() {
        return event -> event.getSource().addSessionInitListener(init ->
                init.getSession().setErrorHandler(new UnexpectedErrors()));
    }
}
