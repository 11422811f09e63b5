package com.omnichannel.support.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.DefaultBaseTypeLimitingValidator;

/**
 * A tracking processor that starts on an event store which already has events (a processor added later, a context
 * started after others wrote events) or is reset stores a {@code ReplayToken}. Its replay context is typed
 * {@code Object}, which Jackson 3's default polymorphic type validator refuses outright: the token could not be read
 * back and the processor shut down. Here {@code Object}-typed values may be Axon's own types; everything else is
 * validated as before.
 */
@Configuration
public class ReplayTokens {

    @Bean
    Jackson3SerializerCustomizer axonTypesMayBeUntyped() {
        return builder -> builder.polymorphicTypeValidator(new AxonTypes());
    }

    static final class AxonTypes extends DefaultBaseTypeLimitingValidator {

        private static final long serialVersionUID = 1L;

        @Override
        public Validity validateBaseType(DatabindContext context, JavaType baseType) {
            return baseType.hasRawClass(Object.class) ? Validity.INDETERMINATE
                    : super.validateBaseType(context, baseType);
        }

        @Override
        public Validity validateSubType(DatabindContext context, JavaType baseType, JavaType subType) {
            if (baseType.hasRawClass(Object.class)) {
                return subType.getRawClass().getName().startsWith("org.axonframework.") ? Validity.ALLOWED
                        : Validity.DENIED;
            }
            return super.validateSubType(context, baseType, subType);
        }
    }
}
