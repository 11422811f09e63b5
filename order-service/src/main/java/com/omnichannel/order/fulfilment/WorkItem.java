package com.omnichannel.order.fulfilment;

import com.omnichannel.support.persistence.AssignedIdRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read model: one open group of an order, at the location that works on it, with its lines as JSON. */
@Entity
@Table(name = "work_item")
public class WorkItem extends AssignedIdRow<String> {

    @Id
    private String itemId;
    private String orderId;
    private String groupId;
    private String locationId;
    private String groupType;
    private String status;
    private String customerId;
    private String channel;
    private Instant placedAt;
    private Instant holdUntil;
    private String lineItems;

    protected WorkItem() {
    }

    WorkItem(String orderId, String groupId, String groupType, String customerId, String channel, Instant placedAt) {
        this.itemId = idOf(orderId, groupId);
        this.orderId = orderId;
        this.groupId = groupId;
        this.groupType = groupType;
        this.customerId = customerId;
        this.channel = channel;
        this.placedAt = placedAt;
        this.status = "PENDING";
    }

    @Override
    public String getId() {
        return itemId;
    }

    static String idOf(String orderId, String groupId) {
        return orderId + "/" + groupId;
    }

    void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    void setStatus(String status) {
        this.status = status;
    }

    void setHoldUntil(Instant holdUntil) {
        this.holdUntil = holdUntil;
    }

    void setLineItems(String lineItems) {
        this.lineItems = lineItems;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getGroupId() {
        return groupId;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getGroupType() {
        return groupType;
    }

    public String getStatus() {
        return status;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getChannel() {
        return channel;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public String getLineItems() {
        return lineItems;
    }
}
