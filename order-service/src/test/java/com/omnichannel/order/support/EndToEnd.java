package com.omnichannel.order.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.api.LocationsApi;
import com.omnichannel.client.inventory.api.ProductsApi;
import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.LocationInput;
import com.omnichannel.client.inventory.model.LocationType;
import com.omnichannel.client.inventory.model.MoneyInput;
import com.omnichannel.client.inventory.model.ProductInput;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.client.order.ApiException;
import com.omnichannel.client.order.api.CartsApi;
import com.omnichannel.client.order.api.CustomersApi;
import com.omnichannel.client.order.api.FulfilmentApi;
import com.omnichannel.client.order.api.LoyaltyApi;
import com.omnichannel.client.order.api.OrdersApi;
import com.omnichannel.client.order.api.ReturnsApi;
import com.omnichannel.client.order.model.Address;
import com.omnichannel.client.order.model.Fulfilment;
import com.omnichannel.client.order.model.FulfilmentType;
import com.omnichannel.client.order.model.Money;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.Payment;
import com.omnichannel.order.availability.AvailabilityReplicaRepository;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.pricing.PriceReplicaRepository;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * What the end-to-end tests share: the generated clients of both services (made here, and only here), and the
 * steps that set up a network (locations, products, stock) and wait until order-service's replicas have it.
 * inventory-service runs as the built jar in its own process, order-service in the test's Spring context.
 */
public final class EndToEnd {

    /** A shipping address in District 1, Ho Chi Minh City. */
    public static final double LATITUDE = 10.77;
    public static final double LONGITUDE = 106.70;

    public final StockApi stock;
    public final CartsApi carts;
    public final OrdersApi orders;
    public final FulfilmentApi fulfilment;
    public final ReturnsApi returns;
    public final LoyaltyApi loyalty;
    public final CustomersApi customers;
    private final LocationsApi locations;
    private final ProductsApi products;
    private final LocationReplicaRepository locationReplicas;
    private final PriceReplicaRepository priceReplicas;
    private final AvailabilityReplicaRepository availabilityReplicas;

    public EndToEnd(ServiceProcess inventory, int orderPort, ApplicationContext orderService) {
        com.omnichannel.client.inventory.ApiClient inv = new com.omnichannel.client.inventory.ApiClient();
        inv.updateBaseUri(inventory.baseUri());
        inv.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        com.omnichannel.client.order.ApiClient ord = new com.omnichannel.client.order.ApiClient();
        ord.updateBaseUri("http://localhost:" + orderPort);
        ord.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        stock = new StockApi(inv);
        locations = new LocationsApi(inv);
        products = new ProductsApi(inv);
        carts = new CartsApi(ord);
        orders = new OrdersApi(ord);
        fulfilment = new FulfilmentApi(ord);
        returns = new ReturnsApi(ord);
        loyalty = new LoyaltyApi(ord);
        customers = new CustomersApi(ord);
        locationReplicas = orderService.getBean(LocationReplicaRepository.class);
        priceReplicas = orderService.getBean(PriceReplicaRepository.class);
        availabilityReplicas = orderService.getBean(AvailabilityReplicaRepository.class);
    }

    public void store(String id, String name, double latitude, double longitude, String pickupHold,
                      Capability... capabilities) throws Exception {
        locations.upsertLocation(id, new LocationInput().name(name).type(LocationType.STORE).latitude(latitude)
                .longitude(longitude).capabilities(Set.of(capabilities)).pickupHold(pickupHold));
    }

    public void warehouse(String id, String name, double latitude, double longitude) throws Exception {
        warehouse(id, name, latitude, longitude, null);
    }

    /** A warehouse that takes at most {@code dailyOrderCapacity} ship groups a day (null: no limit). */
    public void warehouse(String id, String name, double latitude, double longitude, Integer dailyOrderCapacity)
            throws Exception {
        locations.upsertLocation(id, new LocationInput().name(name).type(LocationType.WAREHOUSE).latitude(latitude)
                .longitude(longitude).capabilities(Set.of()).dailyOrderCapacity(dailyOrderCapacity));
    }

    public void product(String sku, String name, String gtin, long price) throws Exception {
        products.upsertProduct(sku, new ProductInput().name(name).gtin(gtin).price(new MoneyInput().amount(price)));
    }

    public void receive(String locationId, String sku, int quantity) throws Exception {
        stock.receiveStock(locationId, sku, new ReceiptInput().quantity(quantity).reference("PO"), null);
    }

    /** Waits until order-service knows the locations and prices the SKUs. */
    public void awaitReplicas(List<String> locationIds, List<String> skus) {
        await().atMost(Duration.ofSeconds(30)).until(() -> locationIds.stream().allMatch(locationReplicas::existsById)
                && skus.stream().allMatch(priceReplicas::existsById));
    }

    /** Waits until order-service's availability replica has the SKU at every one of the locations. */
    public void awaitAvailability(String sku, String... locationIds) {
        await().atMost(Duration.ofSeconds(30)).until(() -> availabilityReplicas.findBySku(sku).stream()
                .map(a -> a.getLocationId()).toList().containsAll(List.of(locationIds)));
    }

    public Order awaitStatus(String orderId, OrderStatus status) throws ApiException {
        await().atMost(Duration.ofSeconds(30)).until(() -> orders.getOrder(orderId).getStatus() == status);
        return orders.getOrder(orderId);
    }

    public static Fulfilment pickupAt(String storeId) {
        return new Fulfilment().type(FulfilmentType.PICKUP).storeId(storeId);
    }

    public static Fulfilment shipped() {
        return new Fulfilment().type(FulfilmentType.SHIP);
    }

    public static Address address() {
        return new Address().line1("1 Le Loi").city("HCMC").country("VN").latitude(LATITUDE).longitude(LONGITUDE);
    }

    public static Payment paid(long amount) {
        return new Payment().provider("simulated-pay").reference("AUTH-1")
                .amount(new Money().amount(amount).currency("VND"));
    }

    public static void assertConflict(ThrowingCall call, String kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(409);
            assertThat(e.getResponseBody()).contains("/problems/" + kind);
        });
    }

    public interface ThrowingCall {
        void run() throws Exception;
    }
}
