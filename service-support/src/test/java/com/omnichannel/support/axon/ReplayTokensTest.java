package com.omnichannel.support.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

class ReplayTokensTest {

    @Test
    void aReplayTokenStoredByAProcessorStartingOnAPopulatedStoreIsReadBack() {
        Jackson3Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(new ReplayTokens().axonTypesMayBeUntyped()).build();
        TrackingToken token = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, Set.of()), null);

        SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);

        assertThat((TrackingToken) serializer.deserialize(stored)).isEqualTo(token);
    }
}
