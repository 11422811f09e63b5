package com.omnichannel.support.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies and parameters are never JPA entities, yet with JPA on the class path Hibernate Validator asks JPA
 * whether each property it validates is loaded ({@code Persistence.isLoaded}, through every persistence provider):
 * a twentieth of a reservation request's time. No entity carries constraints, so every property is reachable.
 */
@Configuration(proxyBeanMethods = false)
public class RequestValidation {

    @Bean
    ValidationConfigurationCustomizer everyPropertyReachable() {
        return configuration -> configuration.traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                       ElementType elementType) {
                return true;
            }

            @Override
            public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                        ElementType elementType) {
                return true;
            }
        });
    }
}
