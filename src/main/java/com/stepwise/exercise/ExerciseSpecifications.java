package com.stepwise.exercise;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns a library filter into one query over the clinic's visible exercises. */
final class ExerciseSpecifications {

    private ExerciseSpecifications() {
    }

    static Specification<Exercise> visibleTo(long clinicId, ExerciseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.or(cb.isNull(root.get("clinicId")), cb.equal(root.get("clinicId"), clinicId)));
            if (!filter.includeArchived()) {
                where.add(cb.isFalse(root.get("archived")));
            }
            for (String word : words(filter.nameContains())) {
                where.add(cb.like(cb.lower(root.get("name")), "%" + escapeLike(word) + "%", '\\'));
            }
            if (filter.startingPosition() != null) {
                where.add(cb.equal(root.get("startingPosition"), filter.startingPosition()));
            }
            if (filter.noFloorOnly()) {
                where.add(cb.isFalse(root.get("floorRequired")));
            }
            if (filter.targetArea() != null) {
                where.add(cb.isMember(filter.targetArea(), root.get("targetAreas")));
            }
            if (filter.equipment() != null) {
                where.add(cb.isMember(filter.equipment(), root.get("equipment")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
