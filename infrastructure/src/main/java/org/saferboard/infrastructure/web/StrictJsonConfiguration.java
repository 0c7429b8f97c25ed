package org.saferboard.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.saferboard.api.BusinessDates;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.PlainText;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly: a value of the wrong JSON type is refused instead of converted
 * (123 or true as text, 1.5 or 1e3 as a whole number, "39" as a number, 12345 as a date, 0 as an
 * enum), dates only as yyyy-MM-dd within the years SaferBoard keeps, times only as HH:mm, text only
 * as plain text (see PlainText), unknown fields and repeated fields are refused, and nothing may
 * follow the JSON value. Each refusal is a 400 that names the field (RequestProblemsAdvice). Only
 * Spring's mapper for HTTP is configured here; events are read by Axon's own, which stays tolerant
 * so that an event written years ago still loads.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(String.class, new PlainTextDeserializer())
                .deserializerByType(LocalDate.class, new BusinessDateDeserializer())
                .deserializerByType(LocalTime.class, new TimeOfDayDeserializer())
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Float)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Enum)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.POJO)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                });
    }

    /** Text only from a JSON string, and only plain text. */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedValue(parser, "must be text in quotes, not " + describe(parser.currentToken()));
            }
            String text = parser.getText();
            String problem = PlainText.problemWith(text);
            if (problem != null) {
                throw new RejectedValue(parser, problem);
            }
            return text;
        }
    }

    /** A value written as text in quotes, read by a parser that names what is wrong in terms a person can act on. */
    abstract static class TextValueDeserializer<T> extends StdScalarDeserializer<T> {

        private final String format;

        TextValueDeserializer(Class<T> type, String format) {
            super(type);
            this.format = format;
        }

        /** @throws IllegalArgumentException with the reason the text is not such a value */
        abstract T parse(String text);

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedValue(parser, format + ", in quotes, not " + describe(parser.currentToken()));
            }
            try {
                return parse(parser.getText());
            } catch (IllegalArgumentException e) {
                throw new RejectedValue(parser, e.getMessage());
            }
        }
    }

    /** A business date only as the text yyyy-MM-dd, within the years SaferBoard keeps. */
    static final class BusinessDateDeserializer extends TextValueDeserializer<LocalDate> {

        BusinessDateDeserializer() {
            super(LocalDate.class, BusinessDates.FORMAT_MESSAGE);
        }

        @Override
        LocalDate parse(String text) {
            try {
                return BusinessDates.parse(text, null);
            } catch (InvalidFieldException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /** A time of day only as the text HH:mm (or HH:mm:ss). */
    static final class TimeOfDayDeserializer extends TextValueDeserializer<LocalTime> {

        private static final String MESSAGE = "must be a time of day written HH:mm, e.g. 10:00";
        private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm[:ss]")
                .withResolverStyle(ResolverStyle.STRICT);

        TimeOfDayDeserializer() {
            super(LocalTime.class, MESSAGE);
        }

        @Override
        LocalTime parse(String text) {
            try {
                return LocalTime.parse(text, HOURS_AND_MINUTES);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(MESSAGE, e);
            }
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "null";
            default -> "that";
        };
    }
}
