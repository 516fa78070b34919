package eu.ecmr.accesspoint.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/** The notes the tests render, and where the PDFs are kept for a person to look at. */
final class Samples {

    static final Path OUT = Path.of("target/rendering");

    private Samples() {
    }

    /** Greek and Cyrillic (Ukrainian, with і ї є) names and goods, and Central European diacritics. */
    static Sample greekAndCyrillic() {
        return Fixtures.sample(doc -> {
            ObjectNode sender = doc.with("sender");
            sender.put("name", "Ελληνικά Κεραμικά Α.Ε.");
            sender.with("address").put("street", "Οδός Ερμού 12").put("postcode", "105 63").put("city", "Αθήνα")
                    .put("countryCode", "GR");
            ObjectNode consignee = doc.with("consignee");
            consignee.put("name", "ТОВ «Київська Кераміка»");
            consignee.with("address").put("street", "вул. Хрещатик, 22").put("postcode", "01001")
                    .put("city", "Київ").put("countryCode", "UA");
            doc.with("delivery").put("place", "Київ, Україна");
            doc.with("takingOver").put("place", "Łódź, Polska");
            ArrayNode goods = (ArrayNode) doc.get("goods");
            ((ObjectNode) goods.get(0)).put("description", "Керамічні вироби, глазуровані; Příliš žluťoučký kůň");
            ((ObjectNode) goods.get(1)).put("description", "Χρώμα, εύφλεκτο (Ștefan & Søren)");
            doc.put("senderInstructions", "Να διατηρείται στεγνό. Берегти від вологи.");
        });
    }

    /** {@code lines} goods lines, every seventh with dangerous goods. */
    static Sample withGoodsLines(int lines, String description) {
        return Fixtures.sample(doc -> {
            ArrayNode goods = doc.putArray("goods");
            for (int i = 1; i <= lines; i++) {
                ObjectNode item = goods.addObject().put("marks", "DBE-4471 " + i).put("packages", 1 + i % 12)
                        .put("packaging", i % 2 == 0 ? "Pallets" : "Cartons")
                        .put("description", description + " " + i).put("grossWeightKg", 10 + i % 500);
                if (i % 7 == 0) {
                    item.putObject("dangerousGoods").put("unNumber", "UN1263").put("class", "3").put("packingGroup", "II");
                }
            }
        });
    }

    static Path write(String name, byte[] pdf) {
        try {
            Files.createDirectories(OUT);
            return Files.write(OUT.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
