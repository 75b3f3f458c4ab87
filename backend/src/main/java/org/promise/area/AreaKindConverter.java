package org.promise.area;

import jakarta.persistence.Converter;
import org.promise.common.wire.WireValueConverter;

@Converter(autoApply = true)
public class AreaKindConverter extends WireValueConverter<AreaKind> {

    public AreaKindConverter() {
        super(AreaKind.class);
    }
}
