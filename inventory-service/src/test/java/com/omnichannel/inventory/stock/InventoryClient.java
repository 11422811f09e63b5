package com.omnichannel.inventory.stock;

import com.omnichannel.client.inventory.ApiClient;
import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.api.AvailabilityApi;
import com.omnichannel.client.inventory.api.LocationsApi;
import com.omnichannel.client.inventory.api.ProductsApi;
import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.LocationInput;
import com.omnichannel.client.inventory.model.LocationType;
import com.omnichannel.client.inventory.model.MoneyInput;
import com.omnichannel.client.inventory.model.ProductInput;
import com.omnichannel.support.testing.DevTokens;
import java.util.Set;
import java.util.UUID;

/** The generated clients of one inventory-service instance, and a few shorthands the tests share. */
public final class InventoryClient {

    final LocationsApi locations;
    public final StockApi stock;
    final AvailabilityApi availability;
    final ProductsApi products;

    public InventoryClient(String baseUri) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        locations = new LocationsApi(client);
        stock = new StockApi(client);
        availability = new AvailabilityApi(client);
        products = new ProductsApi(client);
    }

    /** A SKU of the catalogue (stock can only be kept of those). */
    public String product(String sku) throws ApiException {
        products.upsertProduct(sku, new ProductInput().name("Product " + sku).gtin("8934563123457")
                .price(new MoneyInput().amount(100_000L)));
        return sku;
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String store(String id, double latitude, double longitude, Capability... capabilities) throws ApiException {
        locations.upsertLocation(id, new LocationInput().name("Store " + id).type(LocationType.STORE)
                .latitude(latitude).longitude(longitude).capabilities(Set.of(capabilities)));
        return id;
    }
}
