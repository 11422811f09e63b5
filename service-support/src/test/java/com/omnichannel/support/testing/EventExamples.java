package com.omnichannel.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The example of an integration event as api-specs/events/*.yaml gives it: consumer tests start from it. */
public final class EventExamples {

    private EventExamples() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> example(String file, String schema) {
        try (InputStream in = EventExamples.class.getResourceAsStream("/static/api-specs/events/" + file)) {
            Map<String, Object> spec = new Yaml().load(in);
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components"))
                    .get("schemas");
            return new LinkedHashMap<>((Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("example"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
