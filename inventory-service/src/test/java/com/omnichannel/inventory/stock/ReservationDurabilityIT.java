package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.Channel;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.client.inventory.model.Reservation;
import com.omnichannel.client.inventory.model.ReservationInput;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reservations and their expiry survive a restart and a crash of the only instance. */
class ReservationDurabilityIT {

    @Test
    void reservationsAndTheirExpirySurviveAStopAndACrash() throws Exception {
        ServiceProcess inventory = ServiceProcess.inventory("inventory-restarted");
        inventory.start();
        try {
            InventoryClient api = new InventoryClient(inventory.baseUri());
            String store = api.store(InventoryClient.id("R"), 10.77, 106.70, Capability.PICKUP);
            String sku = api.product(InventoryClient.id("SKU"));
            api.stock.receiveStock(store, sku, new ReceiptInput().quantity(10).reference("PO"), null);
            Reservation order = api.stock.reserveStock(store, sku, new ReservationInput().quantity(4)
                    .reference("ORD-1").channel(Channel.APP).expiresInSeconds(0), null);
            Reservation hold = api.stock.reserveStock(store, sku, new ReservationInput().quantity(3)
                    .reference("CART-1").channel(Channel.WEB).expiresInSeconds(90), null);

            inventory.stop();
            inventory.start();
            assertThat(api.stock.getStockLevel(store, sku, null).getReserved()).isEqualTo(7);

            inventory.crash();
            inventory.start();
            assertThat(api.stock.getStockLevel(store, sku, null).getReserved()).isEqualTo(7);

            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(api.stock.getStockLevel(store, sku, null).getReserved()).isEqualTo(4));
            api.stock.fulfilReservation(store, sku, order.getReservationId());
            assertThat(api.stock.getStockLevel(store, sku, null).getOnHand()).isEqualTo(6);
            assertThat(hold.getExpiresAt()).isNotNull();
        } finally {
            inventory.stop();
        }
    }
}
