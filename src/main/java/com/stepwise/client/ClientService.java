package com.stepwise.client;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.DraftValidator;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.ReadOnce;
import com.stepwise.base.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's clients. Only ever the signed-in clinician's clinic's; never deleted, only archived. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ClientService {

    /** Sort keys a screen may ask for, mapped to indexed columns. */
    public static final String SORT_NAME = "name";
    public static final String SORT_BIRTH = "dateOfBirth";

    private final ClientRepository clients;
    private final CurrentUser currentUser;
    private final DraftValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(ClientRepository clients, CurrentUser currentUser, DraftValidator validator,
                  ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** One page of clients, filtered and sorted in the database (by last then first name unless asked). */
    public Page<ClientSummary> search(ClientFilter filter, Pageable pageable) {
        return clients.findAll(ClientSpecifications.inClinic(currentUser.clinicId(), filter), indexed(pageable))
                .map(Client::summary);
    }

    /** The names of these clients (archived ones left out), in one query, for lists built elsewhere. */
    public List<ClientName> names(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : clients.findNames(currentUser.clinicId(), ids);
    }

    public ClientDetails get(long id) {
        return client(id).details();
    }

    /** Throws "not found" unless the client belongs to the signed-in clinician's clinic. */
    public void requireInClinic(long id) {
        client(id);
    }

    @Transactional
    public long create(ClientDraft draft) {
        validator.validate(draft);
        var client = new Client(currentUser.clinicId(), clock.instant());
        client.apply(draft, clock.instant());
        long id = clients.save(client).getId();
        events.publishEvent(client.named());
        return id;
    }

    /** Saves over the version that was opened; if a colleague saved in between, refuses instead of overwriting. */
    @Transactional
    public void update(long id, long openedVersion, ClientDraft draft) {
        validator.validate(draft);
        var client = client(id);
        if (client.getVersion() != openedVersion) {
            throw new ConcurrentEditException("This client's record");
        }
        client.apply(draft, clock.instant());
        try {
            clients.saveAndFlush(client);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ConcurrentEditException("This client's record");
        }
        events.publishEvent(client.named());
    }

    public ClientDraft draftForEdit(long id) {
        return ClientDraft.of(get(id));
    }

    /** Archived clients leave the active list; their record and history stay. */
    @Transactional
    public void archive(long id) {
        client(id).changeStatus(ClientStatus.ARCHIVED, clock.instant());
    }

    @Transactional
    public void restore(long id) {
        client(id).changeStatus(ClientStatus.ACTIVE, clock.instant());
    }

    private Client client(long id) {
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("client", id, clinicId), () -> clients.findInClinic(id, clinicId))
                .orElseThrow(() -> new NotFoundException("This client"));
    }

    /** Sorting by name means last name, then first name, on the folded columns the index covers. */
    private static Pageable indexed(Pageable pageable) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(SORT_NAME)) {
            if (SORT_NAME.equals(order.getProperty())) {
                orders.add(new Sort.Order(order.getDirection(), "lastNameKey"));
                orders.add(new Sort.Order(order.getDirection(), "firstNameKey"));
            } else if (SORT_BIRTH.equals(order.getProperty())) {
                orders.add(new Sort.Order(order.getDirection(), "dateOfBirth"));
            }
        }
        orders.add(Sort.Order.asc("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders))
                : Pageable.unpaged(Sort.by(orders));
    }
}
