package com.medislot.web.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.patient.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeResourceTest {

  @Test
  void relationshipsAreReadWhateverTheirCase() {
    assertThat(RelativeResource.relationship("child")).isEqualTo(Relationship.CHILD);
    assertThat(RelativeResource.relationship(" PARENT ")).isEqualTo(Relationship.PARENT);
    assertThat(RelativeResource.relationship("Other")).isEqualTo(Relationship.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELF", "cousin", "", "CHILDREN"})
  void anyOtherRelationshipIsABadRequestNamingTheField(String raw) {
    assertThatThrownBy(() -> RelativeResource.relationship(raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("relationship"));
  }
}
