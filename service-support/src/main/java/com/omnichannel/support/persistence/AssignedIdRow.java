package com.omnichannel.support.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose id the application assigns (an order's, a reservation's). Spring Data would save such a
 * row with a merge, which first selects it; a row made in memory is new until it is stored or loaded, so saving it
 * inserts at once and leaves it in the transaction's persistence context for the changes that follow.
 */
@MappedSuperclass
public abstract class AssignedIdRow<ID> implements Persistable<ID> {

    @Transient
    private boolean isNew = true;

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }
}
