package org.promise.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonFieldNamesTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Row(@JsonProperty("time_period") @Size(max = 4) String timePeriod, @Size(max = 4) String indicator,
            @JsonProperty @Size(max = 4) String status, @NotNull List<@Size(max = 2) String> tags) {
    }

    static class Bean {
        private final String areaCode;

        Bean(String areaCode) {
            this.areaCode = areaCode;
        }

        @JsonProperty("new_la_code")
        @Size(max = 2)
        public String getAreaCode() {
            return areaCode;
        }
    }

    @BeforeAll
    static void buildValidator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        new JsonFieldNames().customize(configuration);
        factory = configuration.buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static String pathOf(Object invalid) {
        Set<ConstraintViolation<Object>> violations = validator.validate(invalid);
        assertThat(violations).hasSize(1);
        return violations.iterator().next().getPropertyPath().toString();
    }

    @Test
    void shouldNameARecordComponentAsItsJsonPropertyDoes() {
        assertThat(pathOf(new Row("202324", "A", "x", List.of()))).isEqualTo("time_period");
    }

    @Test
    void shouldKeepTheJavaNameWhereNoJsonPropertyRenamesIt() {
        assertThat(pathOf(new Row("2023", "HLTH_DENTAL", "x", List.of()))).isEqualTo("indicator");
        assertThat(pathOf(new Row("2023", "A", "provisional", List.of()))).isEqualTo("status");
    }

    @Test
    void shouldNameAGetterAsItsJsonPropertyDoes() {
        assertThat(pathOf(new Bean("E10000001"))).isEqualTo("new_la_code");
    }

    @Test
    void shouldNameAContainerElementByItsProperty() {
        assertThat(pathOf(new Row("2023", "A", "x", List.of("ok", "too long")))).isEqualTo("tags[1].<list element>");
    }
}
