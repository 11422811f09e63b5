package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.ReceiptInput;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An Idempotency-Key is kept for the configured retention, then forgotten: the key may carry a new request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "omnichannel.idempotency.retention=PT2S", "omnichannel.idempotency.cleanup-interval=PT0.5S"})
class IdempotencyRetentionIT {

    @LocalServerPort
    int port;

    @Test
    void aKeyIsForgottenAfterItsRetention_andThenTakesAnotherBody() throws ApiException {
        InventoryClient api = new InventoryClient("http://localhost:" + port);
        String store = api.store(InventoryClient.id("KEEP"), 10.77, 106.70, Capability.PICKUP);
        String sku = api.product(InventoryClient.id("SKU"));
        String key = UUID.randomUUID().toString();
        api.stock.receiveStock(store, sku, new ReceiptInput().quantity(4).reference("PO-1"), key);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).ignoreException(ApiException.class)
                .until(() -> api.stock.receiveStock(store, sku, new ReceiptInput().quantity(5).reference("PO-2"), key)
                        .getOnHand() == 9);
        assertThat(api.stock.getStockLevel(store, sku, null).getOnHand()).isEqualTo(9);
    }
}
