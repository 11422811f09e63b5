package com.omnichannel.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lints the contracts in the build (the house rules of api-specs/README.md; `.spectral.yaml` holds the same
 * rules for editors and for `npx @stoplight/spectral-cli lint`).
 */
class ContractLintTest {

    private static SwaggerParseResult parse(String file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readLocation(file, null, options);
    }

    @ParameterizedTest
    @ValueSource(strings = {"common.yaml", "inventory/openapi.yaml", "order/openapi.yaml",
            "events/inventory-events.yaml", "events/order-events.yaml"})
    void parsesWithoutErrors(String file) {
        SwaggerParseResult result = parse(file);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inventory/openapi.yaml", "order/openapi.yaml"})
    void everyOperationIsNamedTaggedVersionedAndAnswersErrorsAsProblemJson(String file) {
        OpenAPI api = parse(file).getOpenAPI();
        List<String> violations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> operations(item).forEach((method, op) -> {
            String where = method + " " + path;
            if (!path.startsWith("/v1/") && !path.equals("/dashboard")) {
                violations.add(where + ": path does not start with /v1");
            }
            if (op.getOperationId() == null) {
                violations.add(where + ": no operationId");
            }
            if (op.getTags() == null || op.getTags().size() != 1) {
                violations.add(where + ": needs exactly one tag");
            }
            op.getResponses().forEach((status, declared) -> {
                var response = declared.get$ref() == null ? declared
                        : api.getComponents().getResponses().get(declared.get$ref().replaceAll(".*/", ""));
                if (status.startsWith("4") || status.startsWith("5")) {
                    if (response.getContent() == null
                            || !response.getContent().keySet().equals(Set.of("application/problem+json"))) {
                        violations.add(where + " " + status + ": error answer is not application/problem+json");
                    }
                }
            });
        }));
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"events/inventory-events.yaml", "events/order-events.yaml"})
    void everyEventCarriesTheEnvelopeAndAnExample(String file) {
        Map<String, Schema> schemas = parse(file).getOpenAPI().getComponents().getSchemas();
        List<String> violations = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null || !schema.getProperties().containsKey("eventId")) {
                return; // a building block such as Money, not an event
            }
            for (String field : List.of("eventId", "schemaVersion", "aggregateId", "occurredAt")) {
                if (schema.getRequired() == null || !schema.getRequired().contains(field)) {
                    violations.add(name + ": envelope field " + field + " is not required");
                }
            }
            Object example = schema.getExample();
            List<String> fields = new ArrayList<>();
            if (example instanceof JsonNode node) {
                node.fieldNames().forEachRemaining(fields::add);
            } else if (example instanceof Map<?, ?> map) {
                map.keySet().forEach(k -> fields.add(String.valueOf(k)));
            }
            if (!fields.containsAll(schema.getRequired())) {
                violations.add(name + ": example missing or incomplete");
            }
        });
        assertThat(violations).isEmpty();
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> ops = new LinkedHashMap<>();
        item.readOperationsMap().forEach((method, op) -> ops.put(method.name(), op));
        return ops;
    }
}
