package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.ReceiptInput;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stock item's snapshot holds every live reservation; a hot SKU's grows past 64 KiB (the event store's payload
 * columns were plain BLOBs: the snapshot failed and every load replayed the events since the last one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "omnichannel.stock.snapshot-every=3")
class StockSnapshotIT {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSnapshotOfAnItemWithManyLiveReservationsIsStored() throws Exception {
        InventoryClient api = new InventoryClient("http://localhost:" + port);
        String store = api.store(InventoryClient.id("SNAP"), 10.77, 106.70, Capability.PICKUP);
        String sku = api.product(InventoryClient.id("HOT"));
        api.stock.receiveStock(store, sku, new ReceiptInput().quantity(10_000).reference("PO"), null);
        String item = StockItemId.of(store, sku).toString();

        for (int batch = 0; batch < 4; batch++) {
            int first = batch * 200;
            List<ReserveStockCommand> requests = IntStream.range(first, first + 200).mapToObj(i ->
                    new ReserveStockCommand(item, store, sku, "reservation-" + i, 1, "cart " + i + " ".repeat(150),
                            "WEB", null, false)).toList();
            commands.sendAndWait(new ReserveStockBatchCommand(item, requests));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select max(length(payload)) from snapshot_event_entry where aggregate_identifier = ?", Long.class,
                item)).isGreaterThan(65_535));
        assertThat(api.stock.getStockLevel(store, sku, null).getReserved()).isEqualTo(800);
    }
}
