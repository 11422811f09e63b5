package com.omnichannel.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
public class SupportConfiguration {

    static {
        // Axon's update checker calls AxonIQ's servers at start-up; opt in with AXONIQ_UPDATE_CHECKER_DISABLED=false
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
