package org.promise.common.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.validator.HibernateValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Validation errors name a field as the client wrote it ("time_period"), not as the Java record calls it
 * ("timePeriod"): the name its {@link JsonProperty} gives it. The service's mapper has no naming strategy or mix-in
 * that would name a field otherwise. The annotations are read directly rather than through Jackson's introspection:
 * Bean Validation asks for every constrained property's name as the service starts, and Jackson's introspection of
 * each class cost the start about 70 ms (docs/performance.md).
 */
@Singleton
public class JsonFieldNames implements HibernateValidatorFactoryCustomizer, PropertyNodeNameProvider {

    private final Map<Class<?>, Map<String, String>> namesByType = new ConcurrentHashMap<>();

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(this);
    }

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            return namesByType.computeIfAbsent(bean.getDeclaringClass(), JsonFieldNames::jsonNames)
                    .getOrDefault(bean.getName(), bean.getName());
        }
        return property.getName();
    }

    /**
     * The JSON names that {@code @JsonProperty} gives the type's own properties, by their Java names: on a field (a
     * record component's annotation is on its field too) or on a getter ("getTimePeriod" is "timePeriod").
     */
    static Map<String, String> jsonNames(Class<?> type) {
        Map<String, String> names = new HashMap<>();
        for (Field field : type.getDeclaredFields()) {
            rename(names, field.getName(), field);
        }
        for (Method method : type.getDeclaredMethods()) {
            String name = method.getName();
            if (method.getParameterCount() == 0 && name.length() > 3 && name.startsWith("get")) {
                rename(names, decapitalize(name.substring(3)), method);
            }
        }
        return Map.copyOf(names);
    }

    /** A getter's property as JavaBeans name it: "TimePeriod" is "timePeriod", "URL" stays "URL". */
    private static String decapitalize(String name) {
        return name.length() > 1 && Character.isUpperCase(name.charAt(1)) ? name
                : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static void rename(Map<String, String> names, String javaName, AnnotatedElement element) {
        JsonProperty property = element.getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            names.putIfAbsent(javaName, property.value());
        }
    }
}
