package com.omnichannel.order.pricing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriceReplicaRepository extends JpaRepository<PriceReplica, String> {
}
