package com.medislot.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.InvalidInputException;
import com.medislot.web.appointment.BookingBody;
import com.medislot.web.appointment.RescheduleBody;
import com.medislot.web.appointment.WaitlistBody;
import com.medislot.web.auth.CredentialsBody;
import com.medislot.web.auth.RegistrationBody;
import com.medislot.web.patient.RelativeBody;
import com.medislot.web.staff.CancelBody;
import com.medislot.web.staff.ExceptionBody;
import com.medislot.web.staff.OpeningBody;
import com.medislot.web.staff.RulesBody;
import com.medislot.web.staff.TemplateBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonBodiesTest {

  private static final String BOOKING =
      "{\"practitionerId\":1,\"locationId\":1,\"motiveId\":1,\"start\":\"2026-12-08T08:10:00Z\"}";

  @Test
  void everyFieldOfEveryBodyIsOfATypeCheckedHere() {
    for (Class<?> body :
        List.of(
            BookingBody.class,
            RescheduleBody.class,
            WaitlistBody.class,
            CredentialsBody.class,
            RegistrationBody.class,
            RelativeBody.class,
            CancelBody.class,
            ExceptionBody.class,
            OpeningBody.class,
            RulesBody.class,
            TemplateBody.class)) {
      assertThat(StrictJsonBodies.isBodyClass(body)).as(body.getName()).isTrue();
      for (Field f : body.getFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          assertThat(StrictJsonBodies.checked(f.getGenericType()))
              .as(body.getSimpleName() + "." + f.getName())
              .isTrue();
        }
      }
    }
  }

  @Test
  void aWellFormedBodyPasses() {
    assertThatCode(() -> StrictJsonBodies.check(BOOKING, BookingBody.class))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                StrictJsonBodies.check(
                    "{\"ranges\":[{\"locationId\":2,\"day\":\"MONDAY\",\"motiveIds\":[3,4],"
                        + "\"everyWeeks\":2}],\"unknownField\":[1.5,\"x\"]}",
                    TemplateBody.class))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> StrictJsonBodies.check("{\"reason\":\"Ill\\nback Monday\"}", CancelBody.class))
        .doesNotThrowAnyException();
    assertThatCode(() -> StrictJsonBodies.check("{\"reason\":\"\uD83D\uDE00\"}", CancelBody.class))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // too big for a long: it wrapped round to practitioner 1
        "{\"practitionerId\":18446744073709551617}|practitionerId|is out of range",
        "{\"practitionerId\":9223372036854775808}|practitionerId|is out of range",
        "{\"practitionerId\":1e400}|practitionerId|must be a whole number",
        "{\"practitionerId\":1e2}|practitionerId|must be a whole number",
        "{\"practitionerId\":1.9}|practitionerId|must be a whole number",
        "{\"practitionerId\":\"1\"}|practitionerId|must be a whole number",
        "{\"practitionerId\":true}|practitionerId|must be a whole number",
        "{\"start\":20261208}|start|must be a string",
        "{\"start\":\"2026\\u0000\"}|start|must not contain control characters",
        "{\"start\":\"\\uD800x\"}|start|must be valid Unicode text",
        "[1,2]|body|must be a JSON object",
        "{\"practitionerId\":1} xyz|body|must be one valid JSON value and nothing else",
        "{\"practitionerId\":1} {\"practitionerId\":2}|body|must be one valid JSON value",
        "{\"practitionerId\":1|body|must be one valid JSON value and nothing else"
      })
  void aBookingBodyThatJsonBWouldHaveBentIsRefusedNamingTheField(
      String json, String field, String message) {
    assertRefused(json, BookingBody.class, field, message);
  }

  @Test
  void nestedFieldsAreNamedByTheirPath() {
    assertRefused(
        "{\"ranges\":[{\"locationId\":1},{\"locationId\":18446744073709551617}]}",
        TemplateBody.class,
        "ranges[1].locationId",
        "is out of range");
    assertRefused(
        "{\"ranges\":[{\"locationId\":1,\"motiveIds\":[1,1.5]}]}",
        TemplateBody.class,
        "ranges[0].motiveIds[1]",
        "must be a whole number");
    assertRefused(
        "{\"ranges\":{\"locationId\":1}}", TemplateBody.class, "ranges", "must be an array");
    assertRefused(
        "{\"ranges\":[{\"everyWeeks\":4294967297}]}",
        TemplateBody.class,
        "ranges[0].everyWeeks",
        "is out of range");
  }

  @Test
  void intsStayInsideTheirRangeAndStringsAreStrings() {
    assertRefused(
        "{\"minimumNoticeMinutes\":4294967297}",
        RulesBody.class,
        "minimumNoticeMinutes",
        "is out of range");
    assertRefused(
        "{\"minimumNoticeMinutes\":2147483648}",
        RulesBody.class,
        "minimumNoticeMinutes",
        "is out of range");
    assertRefused("{\"reason\":5}", CancelBody.class, "reason", "must be a string");
    assertRefused("{\"firstName\":true}", RelativeBody.class, "firstName", "must be a string");
    assertRefused(
        "{\"firstName\":\"X\\u0000\"}",
        RegistrationBody.class,
        "firstName",
        "must not contain control characters");
    assertRefused(
        "{\"birthDate\":19850203}", RegistrationBody.class, "birthDate", "must be a string");
  }

  @Test
  void theInterceptorRefusesBytesThatAreNotUtf8AndOtherCharsetsAreRecognised() {
    byte[] latin1 = "{\"firstName\":\"L\u00e9a\"}".getBytes(StandardCharsets.ISO_8859_1);
    FakeContext notUtf8 = new FakeContext(latin1, MediaType.APPLICATION_JSON_TYPE);
    assertThatThrownBy(() -> new StrictJsonBodies().aroundReadFrom(notUtf8))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).contains("body");
              assertThat(e).hasMessage("is not UTF-8 text");
            });
    assertThat(notUtf8.proceeded).isFalse();

    assertThat(
            StrictJsonBodies.declaresOtherCharset(
                new MediaType("application", "json", "ISO-8859-1")))
        .isTrue();
    assertThat(StrictJsonBodies.declaresOtherCharset(new MediaType("application", "json", "UTF-8")))
        .isFalse();
    assertThat(StrictJsonBodies.declaresOtherCharset(MediaType.APPLICATION_JSON_TYPE)).isFalse();
  }

  @Test
  void theInterceptorHandsTheSameBytesOnToTheBinder() throws Exception {
    byte[] utf8 = "{\"firstName\":\"L\u00e9a\"}".getBytes(StandardCharsets.UTF_8);
    FakeContext context = new FakeContext(utf8, new MediaType("application", "json", "utf-8"));

    new StrictJsonBodies().aroundReadFrom(context);

    assertThat(context.proceeded).isTrue();
    assertThat(context.stream.readAllBytes()).isEqualTo(utf8);
  }

  @Test
  void otherBodiesAreNotTouched() throws Exception {
    byte[] countryFile = "not json at all \u0000".getBytes(StandardCharsets.UTF_8);
    FakeContext context = new FakeContext(countryFile, MediaType.APPLICATION_JSON_TYPE);
    context.type = byte[].class;

    new StrictJsonBodies().aroundReadFrom(context);

    assertThat(context.proceeded).isTrue();
  }

  private static void assertRefused(String json, Class<?> body, String field, String message) {
    assertThatThrownBy(() -> StrictJsonBodies.check(json, body))
        .as(json)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).contains(field);
              assertThat(e.getMessage()).startsWith(message);
            });
  }

  /** The parts of a reader context the interceptor uses. */
  private static final class FakeContext implements ReaderInterceptorContext {
    InputStream stream;
    Class<?> type = RelativeBody.class;
    final MediaType mediaType;
    boolean proceeded;

    FakeContext(byte[] body, MediaType mediaType) {
      this.stream = new ByteArrayInputStream(body);
      this.mediaType = mediaType;
    }

    @Override
    public Object proceed() {
      proceeded = true;
      return null;
    }

    @Override
    public InputStream getInputStream() {
      return stream;
    }

    @Override
    public void setInputStream(InputStream is) {
      stream = is;
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
      return new MultivaluedHashMap<>();
    }

    @Override
    public Object getProperty(String name) {
      return null;
    }

    @Override
    public Collection<String> getPropertyNames() {
      return List.of();
    }

    @Override
    public void setProperty(String name, Object object) {}

    @Override
    public void removeProperty(String name) {}

    @Override
    public Annotation[] getAnnotations() {
      return new Annotation[0];
    }

    @Override
    public void setAnnotations(Annotation[] annotations) {}

    @Override
    public Class<?> getType() {
      return type;
    }

    @Override
    public void setType(Class<?> type) {
      this.type = type;
    }

    @Override
    public Type getGenericType() {
      return type;
    }

    @Override
    public void setGenericType(Type genericType) {}

    @Override
    public MediaType getMediaType() {
      return mediaType;
    }

    @Override
    public void setMediaType(MediaType mediaType) {}
  }
}
