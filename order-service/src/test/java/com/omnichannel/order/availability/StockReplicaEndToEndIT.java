package com.omnichannel.order.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.ApiClient;
import com.omnichannel.client.inventory.api.LocationsApi;
import com.omnichannel.client.inventory.api.ProductsApi;
import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.LocationInput;
import com.omnichannel.client.inventory.model.LocationType;
import com.omnichannel.client.inventory.model.MoneyInput;
import com.omnichannel.client.inventory.model.ProductInput;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Both services and the broker: stock received at inventory-service shows up in order-service's replica. */
@SpringBootTest
class StockReplicaEndToEndIT {

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-replica-it");

    @Autowired
    AvailabilityReplicaRepository replicas;

    @Test
    void receivedStockReachesTheReplica() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(inventory.baseUri());
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        String store = "S-" + UUID.randomUUID().toString().substring(0, 8);
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        new LocationsApi(client).upsertLocation(store, new LocationInput().name("Hanoi Old Quarter")
                .type(LocationType.STORE).latitude(21.03).longitude(105.85).capabilities(Set.of(Capability.PICKUP)));
        new ProductsApi(client).upsertProduct(sku, new ProductInput().name("Lantern").gtin("8934563123457")
                .price(new MoneyInput().amount(150_000L)));
        StockApi stock = new StockApi(client);

        stock.receiveStock(store, sku, new ReceiptInput().quantity(6).reference("PO-1"), null);
        stock.receiveStock(store, sku, new ReceiptInput().quantity(4).reference("PO-2"), null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(replicas.findById(new AvailabilityReplica.Key(store, sku)))
                        .hasValueSatisfying(r -> {
                            assertThat(r.getOnHand()).isEqualTo(10);
                            assertThat(r.getAvailable()).isEqualTo(10);
                        }));
    }
}
