package com.stepwise.client;

import com.stepwise.base.SearchKey;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;

/** Turns the client search box into one indexed query within the clinic. */
final class ClientSpecifications {

    private static final List<DateTimeFormatter> BIRTH_DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private ClientSpecifications() {
    }

    static Specification<Client> inClinic(long clinicId, ClientFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("clinicId"), clinicId));
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            for (String word : SearchKey.words(filter.text())) {
                var date = birthDate(word);
                if (date.isPresent()) {
                    where.add(cb.equal(root.get("dateOfBirth"), date.get()));
                } else {
                    String prefix = SearchKey.escapeLike(word) + "%";
                    where.add(cb.or(cb.like(root.get("lastNameKey"), prefix, '\\'),
                            cb.like(root.get("firstNameKey"), prefix, '\\')));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Optional<LocalDate> birthDate(String word) {
        for (var format : BIRTH_DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(word, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
