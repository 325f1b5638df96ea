package se.vardkedjan.platform.security;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

import java.lang.annotation.Annotation;

/**
 * Method security for the JSR-250 annotations ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on the
 * facades, as Spring Security's own {@code jsr250Enabled} gives it, with one difference: Vaadin components (views and
 * layouts) are left alone. Their annotations are for Vaadin's navigation access control, which enforces them before a
 * view is made (SecurityConfiguration). Spring's JSR-250 rule matched them too, so every view and layout became a CGLIB
 * proxy: Vaadin then never found the layout it had made already (it compares the proxy's class with the layout's) and
 * built the whole shell, menu and all, again on every navigation (vaadin/flow#16062), and each view paid a proxy's
 * creation. In the load bench that was a sixth of the server's time (docs/performance.md, ADR 0037).
 *
 * <p>Refusals are still published to {@link RefusedCalls} through the application's {@link AuthorizationEventPublisher}.
 */
@Configuration(proxyBeanMethods = false)
class FacadeMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationMethodInterceptor(ObjectProvider<AuthorizationEventPublisher> publisher) {
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(facadePointcut(),
                new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        // Looked up at the first refusal, not when the advisor is made (before the application's beans exist).
        interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
            @Override
            public <T> void publishAuthorizationEvent(
                    java.util.function.Supplier<org.springframework.security.core.Authentication> authentication,
                    T object, org.springframework.security.authorization.AuthorizationResult result) {
                publisher.getObject().publishAuthorizationEvent(authentication, object, result);
            }
        });
        return interceptor;
    }

    /** Methods carrying one of the annotations, or of a class carrying one, but never of a Vaadin component. */
    static Pointcut facadePointcut() {
        Pointcut annotated = null;
        for (Class<? extends Annotation> annotation : java.util.List.of(RolesAllowed.class, PermitAll.class,
                DenyAll.class)) {
            // as Spring Security's AuthorizationMethodPointcuts: on the method, or on its class (inherited either way)
            var either = Pointcuts.union(new AnnotationMatchingPointcut(null, annotation, true),
                    new AnnotationMatchingPointcut(annotation, true));
            annotated = annotated == null ? either : Pointcuts.union(annotated, either);
        }
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        return new ComposablePointcut(annotated).intersection(notAComponent);
    }
}
