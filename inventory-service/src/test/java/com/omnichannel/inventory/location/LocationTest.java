package com.omnichannel.inventory.location;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocationTest {

    private static final DefineLocationCommand STORE = new DefineLocationCommand("HCM-Q1", "District 1", "STORE",
            10.7769, 106.7009, List.of("PICKUP"), "PT72H", 100);

    private AggregateTestFixture<Location> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Location.class);
    }

    @Test
    void whenDefined_thenTheWholeDefinitionIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(STORE)
                .expectEvents(LocationDefinedEvent.of(STORE));
    }

    @Test
    void givenALocation_whenRedefinedWithNewCapabilities_thenTheNewDefinitionIsRecorded() {
        DefineLocationCommand shipping = new DefineLocationCommand("HCM-Q1", "District 1", "STORE", 10.7769,
                106.7009, List.of("PICKUP", "SHIP_FROM_STORE"), "PT72H", 100);
        fixture.given(LocationDefinedEvent.of(STORE))
                .when(shipping)
                .expectEvents(LocationDefinedEvent.of(shipping));
    }

    @Test
    void givenALocation_whenDefinedAsItIs_thenNothingIsRecorded() {
        fixture.given(LocationDefinedEvent.of(STORE))
                .when(STORE)
                .expectNoEvents();
    }
}
