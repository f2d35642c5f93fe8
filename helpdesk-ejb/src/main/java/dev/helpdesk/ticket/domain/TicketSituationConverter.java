package dev.helpdesk.ticket.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the situation as its numeric code. */
@Converter(autoApply = true)
public class TicketSituationConverter implements AttributeConverter<TicketSituation, Integer> {

    @Override
    public Integer convertToDatabaseColumn(TicketSituation situation) {
        return situation == null ? null : situation.code();
    }

    @Override
    public TicketSituation convertToEntityAttribute(Integer code) {
        return code == null ? null : TicketSituation.ofCode(code);
    }
}
