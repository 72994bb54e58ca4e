package com.medislot.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.errors.BookingRuleException;
import com.medislot.booking.errors.GoneException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import org.junit.jupiter.api.Test;

class BusinessExceptionMapperTest {

  @Test
  void anExpiredHoldIsGone() {
    Problem p =
        BusinessExceptionMapper.problem(new GoneException("id", "This hold expired"), "holds/7");
    assertThat(p.status()).isEqualTo(410);
    assertThat(p.toJson())
        .contains("\"type\":\"urn:medislot:problem:gone\"")
        .contains("\"detail\":\"This hold expired\"")
        .contains("{\"field\":\"id\",\"message\":\"This hold expired\"}");
  }

  @Test
  void aBookingRuleRefusalNamesTheRule() {
    Problem p =
        BusinessExceptionMapper.problem(
            new BookingRuleException("maxUpcomingPerPractitioner", "At most 2"), "appointments");
    assertThat(p.status()).isEqualTo(422);
    assertThat(p.toJson())
        .contains("\"type\":\"urn:medislot:problem:rule-violation\"")
        .contains("\"rule\":\"maxUpcomingPerPractitioner\"")
        .contains("{\"field\":\"maxUpcomingPerPractitioner\",\"message\":\"At most 2\"}");
  }

  @Test
  void otherRefusalsKeepTheirStatusAndCarryNoRule() {
    assertThat(BusinessExceptionMapper.problem(new NotFoundException("Hold", 3), "x").status())
        .isEqualTo(404);
    Problem rule = BusinessExceptionMapper.problem(new RuleViolationException("start", "no"), "x");
    assertThat(rule.status()).isEqualTo(422);
    assertThat(rule.toJson()).doesNotContain("\"rule\"");
  }
}
