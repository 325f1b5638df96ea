package se.vardkedjan.platform.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Stops the app before anything connects when its database settings cannot be right: a password missing (there are no
 * defaults, so none can equal a role's name) or one role named for both the app and the changelog. Runs before any
 * bean is made, so the data source never tries a connection without a password.
 */
@Component
class DatabaseRoleSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(Environment environment) {
        var appRole = environment.getProperty("spring.datasource.username", "");
        var missing = new ArrayList<String>();
        if (environment.getProperty("spring.datasource.password", "").isBlank()) {
            missing.add("VARDKEDJAN_DATABASE_PASSWORD (the app role " + appRole + ")");
        }
        var migrates = environment.getProperty("spring.liquibase.enabled", Boolean.class, true);
        var owner = environment.getProperty("spring.liquibase.user", "");
        if (migrates && !owner.isBlank() && environment.getProperty("spring.liquibase.password", "").isBlank()) {
            missing.add("VARDKEDJAN_DATABASE_OWNER_PASSWORD (the owner " + owner + ", which runs the changelog)");
        }
        if (!missing.isEmpty()) {
            throw new DatabaseRoleRefused("The database passwords are not set: " + String.join(" and ", missing)
                    + ". There are no default passwords.");
        }
        if (migrates && owner.equals(appRole)) {
            throw new DatabaseRoleRefused("VARDKEDJAN_DATABASE_USERNAME and VARDKEDJAN_DATABASE_OWNER_USERNAME both "
                    + "name the role " + appRole + ": the app needs a role of its own, which owns nothing, beside the "
                    + "owner that runs the changelog.");
        }
    }
}
