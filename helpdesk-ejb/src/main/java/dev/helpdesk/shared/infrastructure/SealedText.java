package dev.helpdesk.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A column holding a secret sealed with the {@link ServerKey}: the entity sees it plain, the database never. */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return ServerKey.box().seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return ServerKey.box().open(stored);
    }
}
