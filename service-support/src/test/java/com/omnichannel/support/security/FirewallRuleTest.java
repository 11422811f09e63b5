package com.omnichannel.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirewallRuleTest {

    /** Spring Security's default rule for header names and values (StrictHttpFirewall). */
    private static final Pattern DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void everyCharacterIsJudgedAsSpringSecuritysDefaultRuleJudgesIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String value = "Bearer " + Character.toString(c) + "x";
            assertThat(SecurityConfiguration.assignedAndNotControl(value)).as("U+%04X", c)
                    .isEqualTo(DEFAULT.matcher(value).matches());
        }
    }

    @Test
    void aTokenPassesAndAHeaderSmugglingALineBreakDoesNot() {
        assertThat(SecurityConfiguration.assignedAndNotControl("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
        assertThat(SecurityConfiguration.assignedAndNotControl("Bearer x\r\nX-Role: operations")).isFalse();
        assertThat(SecurityConfiguration.assignedAndNotControl("Bearer \u0000")).isFalse();
    }
}
