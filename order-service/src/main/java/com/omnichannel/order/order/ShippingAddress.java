package com.omnichannel.order.order;

public record ShippingAddress(String line1, String city, String postalCode, String country, double latitude,
                              double longitude) {
}
