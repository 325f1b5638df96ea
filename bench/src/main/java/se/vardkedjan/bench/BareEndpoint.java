package se.vardkedjan.bench;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import java.net.InetAddress;

/**
 * The bare Spring Boot endpoint the REST API benchmark compares the app with, on the same machine in the same run: a
 * Spring application on Boot's embedded Tomcat on loopback with Spring MVC's dispatcher and one controller answering
 * {@code GET /api/v1/me} with a body of the same shape and size as the app's, and nothing else (no security chain, no
 * database, no access log). What the app's time adds to this is the app's own cost per call.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
class BareEndpoint {

    static final String BODY = "{\"providerOrganisation\":\"solgarden-hvb\",\"scopes\":[\"email\",\"profile\"]}";

    /** Starts it on 127.0.0.1 at any free port; the port is {@code local.server.port}. */
    static ConfigurableApplicationContext start() {
        // As command-line arguments, which win over the facade benchmark's application.properties (no web server).
        return new SpringApplicationBuilder(BareEndpoint.class).web(WebApplicationType.SERVLET)
                .registerShutdownHook(false)
                .run("--spring.main.web-application-type=servlet", "--spring.main.banner-mode=off",
                        "--spring.liquibase.enabled=false");
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Bean
    TomcatServletWebServerFactory webServerFactory() {
        var factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(InetAddress.getLoopbackAddress());
        return factory;
    }

    @Bean
    DispatcherServlet dispatcherServlet() {
        return new DispatcherServlet();
    }

    @Bean
    ServletRegistrationBean<DispatcherServlet> dispatcherServletRegistration(DispatcherServlet dispatcherServlet) {
        return new ServletRegistrationBean<>(dispatcherServlet, "/");
    }

    /** Registered as a member class of this configuration. */
    @RestController
    static class Me {

        @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
        String me() {
            return BODY;
        }
    }
}
