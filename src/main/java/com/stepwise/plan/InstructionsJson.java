package com.stepwise.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a version's snapshot of instructions, by exercise id, as one JSON document (null before activation). */
@Converter
class InstructionsJson implements AttributeConverter<Map<Long, PrescribedInstructions>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Map<Long, PrescribedInstructions> instructions) {
        return instructions == null ? null : JSON.writeValueAsString(instructions);
    }

    @Override
    public Map<Long, PrescribedInstructions> convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, new TypeReference<Map<Long, PrescribedInstructions>>() {
        });
    }
}
