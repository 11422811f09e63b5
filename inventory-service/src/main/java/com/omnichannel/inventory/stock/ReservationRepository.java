package com.omnichannel.inventory.stock;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReservationRepository extends JpaRepository<ReservationView, String> {
}
