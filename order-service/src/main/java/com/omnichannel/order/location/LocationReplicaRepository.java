package com.omnichannel.order.location;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocationReplicaRepository extends JpaRepository<LocationReplica, String> {
}
