package eu.ecmr.accesspoint.document;

import java.math.BigDecimal;

/** One goods line: boxes 6 to 12 of the CMR form (CMR art. 6(1)(f)-(h)). */
public record GoodsItem(
        String marks,
        int packages,
        String packaging,
        String description,
        String statisticalNumber,
        BigDecimal grossWeightKg,
        BigDecimal volumeM3,
        DangerousGoods dangerousGoods) {
}
