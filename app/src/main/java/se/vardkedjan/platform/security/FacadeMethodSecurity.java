package se.vardkedjan.platform.security;

import com.vaadin.flow.router.RouterLayout;
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
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.Authentication;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.Supplier;

/**
 * Method security for the JSR-250 annotations ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on the
 * facades, as Spring Security's own {@code jsr250Enabled} gives it, with one difference: Vaadin's router layouts (the
 * shells) are left alone. Their annotations are for Vaadin's navigation access control, which enforces them. Spring's
 * JSR-250 rule matched them too, so every layout became a CGLIB proxy, and Vaadin then never found the layout it had
 * made already (it compares the proxy's class with the layout's, vaadin/flow#16062): it built the whole shell, menu and
 * all, again on every navigation. In the load bench that was a sixth of the server's time (docs/performance.md, ADR
 * 0038).
 *
 * <p>Views stay as they were (proxied, so Vaadin makes a new one for every navigation): the pages are written for a
 * fresh view each time, and a view Vaadin reused would show what it read when it was made (ADR 0038).
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
                    Supplier<Authentication> authentication, T object, AuthorizationResult result) {
                publisher.getObject().publishAuthorizationEvent(authentication, object, result);
            }
        });
        return interceptor;
    }

    /** Methods carrying one of the annotations, or of a class carrying one, but never of a Vaadin router layout. */
    static Pointcut facadePointcut() {
        Pointcut annotated = null;
        for (Class<? extends Annotation> annotation : List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            // as Spring Security's AuthorizationMethodPointcuts: on the method, or on its class (inherited either way)
            var either = Pointcuts.union(new AnnotationMatchingPointcut(null, annotation, true),
                    new AnnotationMatchingPointcut(annotation, true));
            annotated = annotated == null ? either : Pointcuts.union(annotated, either);
        }
        ClassFilter notALayout = type -> !RouterLayout.class.isAssignableFrom(type);
        return new ComposablePointcut(annotated).intersection(notALayout);
    }
}
