package org.promise.common.error;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.quarkus.hibernate.validator.HibernateValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Validation errors name a field as the client wrote it ("time_period"), not as the Java record calls it
 * ("timePeriod"): Bean Validation asks Jackson for each property's JSON name.
 */
@Singleton
public class JsonFieldNames implements HibernateValidatorFactoryCustomizer, PropertyNodeNameProvider {

    /** Only reads annotations (@JsonProperty); the service's mapper has no naming strategy that would differ. */
    private final ObjectMapper introspector = new ObjectMapper();
    private final Map<Class<?>, Map<String, String>> namesByType = new ConcurrentHashMap<>();

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(this);
    }

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            return namesByType.computeIfAbsent(bean.getDeclaringClass(), this::jsonNames)
                    .getOrDefault(bean.getName(), bean.getName());
        }
        return property.getName();
    }

    private Map<String, String> jsonNames(Class<?> type) {
        BeanDescription description = introspector.getDeserializationConfig()
                .introspect(introspector.constructType(type));
        return description.findProperties().stream().collect(Collectors.toMap(BeanPropertyDefinition::getInternalName,
                BeanPropertyDefinition::getName, (first, second) -> first));
    }
}
