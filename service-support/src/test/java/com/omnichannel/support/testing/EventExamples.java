package com.omnichannel.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The example of an integration event as api-specs/events/*.yaml gives it (consumer tests start from it), and the
 * fields it requires (publisher tests check what they send against them).
 */
public final class EventExamples {

    private EventExamples() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> example(String file, String schema) {
        return new LinkedHashMap<>((Map<String, Object>) schema(file, schema).get("example"));
    }

    /** The fields the contract requires of the event: a message without one of them breaks its consumers. */
    @SuppressWarnings("unchecked")
    public static List<String> required(String file, String schema) {
        return (List<String>) schema(file, schema).get("required");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String file, String schema) {
        try (InputStream in = EventExamples.class.getResourceAsStream("/static/api-specs/events/" + file)) {
            Map<String, Object> spec = new Yaml().load(in);
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components"))
                    .get("schemas");
            return (Map<String, Object>) schemas.get(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
