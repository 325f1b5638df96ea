package se.vardkedjan.platform.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Branding.class)
class UiConfiguration {
}
