package eu.ecmr.accesspoint.rendering.layout;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import eu.ecmr.accesspoint.document.DangerousGoods;
import eu.ecmr.accesspoint.document.GoodsItem;

/** Boxes 6 to 12 of the CMR form as a table, one row per goods line, and computed totals (CMR art. 6(1)(f)-(h)). */
final class GoodsTable {

    private static final float MARKS = 80;
    private static final float PACKAGES = 42;
    private static final float PACKING = 64;
    private static final float STATISTICAL = 50;
    private static final float WEIGHT = 56;
    private static final float VOLUME = 48;
    private static final float DESCRIPTION = Sheet.CONTENT_WIDTH - MARKS - PACKAGES - PACKING - STATISTICAL - WEIGHT - VOLUME;

    private final Wrapper wrapper;

    GoodsTable(Wrapper wrapper) {
        this.wrapper = wrapper;
    }

    Table of(List<GoodsItem> goods) {
        Row header = new Row(List.of(
                Box.numbered(wrapper, MARKS, "6", "Marks and numbers").cell(),
                Box.numbered(wrapper, PACKAGES, "7", "Number of packages").cell(),
                Box.numbered(wrapper, PACKING, "8", "Method of packing").cell(),
                Box.numbered(wrapper, DESCRIPTION, "9", "Nature of the goods").cell(),
                Box.numbered(wrapper, STATISTICAL, "10", "Statistical number").cell(),
                Box.numbered(wrapper, WEIGHT, "11", "Gross weight, kg").cell(),
                Box.numbered(wrapper, VOLUME, "12", "Volume, m\u00B3").cell()), true, true, false);
        return new Table(header, goods.size() + 1, i -> i < goods.size() ? row(goods.get(i)) : totals(goods));
    }

    private Row row(GoodsItem item) {
        Box description = Box.of(wrapper, DESCRIPTION).text(item.description(), Style.VALUE);
        DangerousGoods adr = item.dangerousGoods();
        if (adr != null) {
            description.hazard(adr(adr));
        }
        return new Row(List.of(
                Box.of(wrapper, MARKS).text(item.marks(), Style.VALUE).cell(),
                Box.of(wrapper, PACKAGES).rightAligned(String.valueOf(item.packages()), Style.VALUE).cell(),
                Box.of(wrapper, PACKING).text(item.packaging(), Style.VALUE).cell(),
                description.cell(),
                Box.of(wrapper, STATISTICAL).optional(item.statisticalNumber(), Style.VALUE).cell(),
                Box.of(wrapper, WEIGHT).rightAligned(Formats.number(item.grossWeightKg()), Style.VALUE).cell(),
                Box.of(wrapper, VOLUME).rightAligned(Formats.number(item.volumeM3()), Style.VALUE).cell()),
                true, false, adr != null);
    }

    /** ADR 5.4.1.1.1: UN number, class, packing group, as the transport document states them. */
    static String adr(DangerousGoods adr) {
        return "ADR: " + adr.unNumber() + ", class " + adr.hazardClass()
                + (adr.packingGroup() == null ? "" : ", PG " + adr.packingGroup());
    }

    /**
     * 34 digits: exact for any note the reader accepts; for a stored value such as 1e-999999999
     * (accepted before six decimal places were the rule), exact addition would need a billion digits.
     */
    private static final MathContext SUM = MathContext.DECIMAL128;

    /** Sums of boxes 7, 11 and 12, labelled as computed: the note itself states no totals. */
    private Row totals(List<GoodsItem> goods) {
        long packages = 0;
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal volume = BigDecimal.ZERO;
        long dangerous = 0;
        for (GoodsItem item : goods) {
            packages += item.packages();
            weight = item.grossWeightKg() == null ? weight : weight.add(item.grossWeightKg(), SUM);
            volume = item.volumeM3() == null ? volume : volume.add(item.volumeM3(), SUM);
            dangerous += item.dangerousGoods() == null ? 0 : 1;
        }
        String summary = goods.size() + (goods.size() == 1 ? " goods line" : " goods lines")
                + (dangerous == 0 ? "" : ", " + dangerous + " with dangerous goods");
        return new Row(List.of(
                Box.of(wrapper, MARKS).text("Totals (computed)", Style.SMALL).cell(),
                Box.of(wrapper, PACKAGES).rightAligned(String.valueOf(packages), Style.STRONG).cell(),
                Box.of(wrapper, PACKING).cell(),
                Box.of(wrapper, DESCRIPTION).text(summary, Style.SMALL).cell(),
                Box.of(wrapper, STATISTICAL).cell(),
                Box.of(wrapper, WEIGHT).rightAligned(Formats.number(weight), Style.STRONG).cell(),
                Box.of(wrapper, VOLUME).rightAligned(volume.signum() == 0 ? "" : Formats.number(volume), Style.STRONG).cell()),
                true, true, false);
    }
}
