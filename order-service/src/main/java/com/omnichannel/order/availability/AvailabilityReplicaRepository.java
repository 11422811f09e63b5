package com.omnichannel.order.availability;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AvailabilityReplicaRepository extends JpaRepository<AvailabilityReplica, AvailabilityReplica.Key> {

    List<AvailabilityReplica> findBySku(String sku);
}
