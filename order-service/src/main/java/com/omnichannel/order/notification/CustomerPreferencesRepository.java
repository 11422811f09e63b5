package com.omnichannel.order.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerPreferencesRepository extends JpaRepository<CustomerPreferences, String> {
}
