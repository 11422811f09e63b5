package com.omnichannel.order.sourcing;

import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ship groups sourcing sent to each location per day, against the location's {@code dailyOrderCapacity}
 * (null: unlimited, and then nothing is counted). A day is a calendar day in {@code omnichannel.sourcing.capacity-zone}
 * (UTC unless configured), and a group counts on the day it was sourced to the location.
 *
 * <p>A slot is taken in the transaction that sources the group (the placement, or the placement saga moving to
 * the next location), by a conditional increment of the location's row for the day: the row lock makes
 * concurrent takes on any number of instances wait for each other, and the last slot goes to one of them. Each
 * group's slot is remembered (order, group, location, day), so taking it again is a no-op and it is given back
 * once, to the day it was taken, when the group leaves the location (reservation refused there, order rejected or
 * cancelled). Claims are read without locks (a lock on a missing row would lock a gap of the table), and a claim
 * counts only for the transaction whose delete removed it.
 */
@Component
public class DailyCapacity {

    private final JdbcTemplate jdbc;
    private final LocationReplicaRepository locations;
    private final ZoneId zone;

    public DailyCapacity(JdbcTemplate jdbc, LocationReplicaRepository locations,
                         @Value("${omnichannel.sourcing.capacity-zone:UTC}") ZoneId zone) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.zone = zone;
    }

    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Groups already taken per location on the day (locations without a row have none). */
    public Map<String, Integer> taken(LocalDate day) {
        Map<String, Integer> taken = new HashMap<>();
        jdbc.query("select location_id, taken from location_capacity where capacity_day = ?",
                (RowCallbackHandler) rs -> taken.put(rs.getString(1), rs.getInt(2)), Date.valueOf(day));
        return taken;
    }

    /**
     * Takes a slot at the location for the group, giving back the one it held elsewhere; false (and nothing
     * changed) when the location has no slot left that day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(String orderId, String groupId, String locationId, Instant at) {
        Integer capacity = locations.findById(locationId).map(LocationReplica::getDailyOrderCapacity).orElse(null);
        List<String> held = jdbc.queryForList("select location_id from location_capacity_claim where order_id = ? "
                + "and group_id = ?", String.class, orderId, groupId);
        if (held.contains(locationId)) {
            return true;
        }
        if (capacity == null) {
            held.forEach(l -> giveBack(orderId, groupId, l));
            return true;
        }
        Date day = Date.valueOf(day(at));
        // creates the day's row, or locks it when it exists
        jdbc.update("insert into location_capacity (location_id, capacity_day, taken) values (?, ?, 0) "
                + "on duplicate key update taken = taken", locationId, day);
        if (jdbc.update("update location_capacity set taken = taken + 1 where location_id = ? and capacity_day = ? "
                + "and taken < ?", locationId, day, capacity) == 0) {
            return false;
        }
        held.forEach(l -> giveBack(orderId, groupId, l));
        jdbc.update("insert into location_capacity_claim (order_id, group_id, location_id, capacity_day) "
                + "values (?, ?, ?, ?)", orderId, groupId, locationId, day);
        return true;
    }

    /**
     * Tries the candidates in order with {@code take} (a {@link #take} for one group) until one takes a slot; the
     * answer is those passed over for having none left, all of them when none had one.
     */
    public static List<String> passedOver(List<String> candidates, Predicate<String> take) {
        List<String> full = new ArrayList<>();
        for (String candidate : candidates) {
            if (take.test(candidate)) {
                break;
            }
            full.add(candidate);
        }
        return full;
    }

    /** Gives back the group's slot at the location, if it holds one there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(String orderId, String groupId, String locationId) {
        List<Date> days = jdbc.queryForList("select capacity_day from location_capacity_claim where order_id = ? "
                + "and group_id = ? and location_id = ?", Date.class, orderId, groupId, locationId);
        // the claim row's lock decides which of two concurrent give-backs counts
        if (days.isEmpty() || jdbc.update("delete from location_capacity_claim where order_id = ? and group_id = ? "
                + "and location_id = ?", orderId, groupId, locationId) == 0) {
            return;
        }
        jdbc.update("update location_capacity set taken = taken - 1 where location_id = ? and capacity_day = ? "
                + "and taken > 0", locationId, days.get(0));
    }

    /** Gives back every slot the order's groups hold. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBackAll(String orderId) {
        for (Map<String, Object> claim : jdbc.queryForList("select group_id, location_id from "
                + "location_capacity_claim where order_id = ?", orderId)) {
            giveBack(orderId, (String) claim.get("group_id"), (String) claim.get("location_id"));
        }
    }
}
