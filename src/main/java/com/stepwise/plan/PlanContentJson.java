package com.stepwise.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** Stores a version's stages and prescriptions as one JSON document: always read and written whole. */
@Converter
class PlanContentJson implements AttributeConverter<PlanContent, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(PlanContent content) {
        return JSON.writeValueAsString(content);
    }

    @Override
    public PlanContent convertToEntityAttribute(String json) {
        return JSON.readValue(json, PlanContent.class);
    }
}
