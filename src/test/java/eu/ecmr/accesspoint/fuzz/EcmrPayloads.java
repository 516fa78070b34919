package eu.ecmr.accesspoint.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * e-CMR payloads for fuzzing: the repository's example changed in one to six places (a value
 * replaced by hostile text, a number written as any JSON number, a wrong type, a member removed or
 * added, up to 400 goods lines), and raw bytes that are barely JSON or not UTF-8 at all.
 */
public final class EcmrPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII character as a backslash-u escape, so that lone surrogates reach the reader too. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A number is carried through Jackson as this text, then written out as the raw JSON number. */
    private static final Pattern RAW_NUMBER = Pattern.compile("\"@@num:([^\"@]*)@@\"");
    private static final ObjectNode EXAMPLE = read(Path.of("openapi/examples/ecmr-document.json"));
    private static final List<String> EDGE_NUMBERS = List.of("0", "-0", "0.0", "-1", "1e-999999999", "1E+400",
            "1e2147483647", "1e-2147483648", "1e2147483648", "1.5e-7", "123456789012345678901234567890123456789",
            "0.000001", "1000000", "1000000.0000001", "2.5E+2", "1e-6", "1e-7", "3.0000000000000000000000000000001",
            "2147483648", "1E1", "0e-2147483648");
    private static final List<String> RAW_TEXTS = List.of("", " ", "null", "[]", "\"x\"", "{}", "{\"a\":1,\"a\":2}",
            "{\"ecmrNumber\":\"A\"}}", "\uFEFF{}", "{\"goods\":[1e999999999]}", "NaN", "{\"x\":-Infinity}", "{\"x\":01}",
            "{\"x\":\"\\ud800\"}", "{\"goods\":[{\"packages\":1e2147483648}]}", "\t\r\n ");
    private static final List<JsonNode> WRONG_TYPES = List.of(NODES.nullNode(), NODES.booleanNode(true),
            NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(-1), NODES.textNode(""),
            NODES.arrayNode().add("x").add(1));

    /** Members whose text is free (no pattern or code list), at most 200 characters or more. */
    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("name", "street", "city", "place",
            "placeOfIssue", "marks", "packaging", "description", "senderInstructions", "reservations",
            "specialAgreements", "details");

    private EcmrPayloads() {
    }

    /** JSON text of the example with some changes; often still a valid note, often not. */
    public static byte[] changedExample(Random random) {
        ObjectNode document = EXAMPLE.deepCopy();
        for (int i = Gen.between(random, 1, 6); i > 0; i--) {
            change(random, document);
        }
        return write(document, Gen.chance(random, 30) ? ESCAPING : JSON);
    }

    /**
     * The example with hostile but legible text (no control characters, which the reader refuses),
     * numbers of any form and up to 400 goods lines: mostly notes the reader accepts, for the renderer.
     */
    public static byte[] legibleExample(Random random) {
        ObjectNode document = EXAMPLE.deepCopy();
        for (int i = Gen.between(random, 1, 4); i > 0; i--) {
            switch (random.nextInt(5)) {
                case 0, 1, 3 -> replaceText(random, document, legible(HostileText.upTo(random, Gen.oneOf(random, List.of(10, 100, 200)))));
                case 2 -> replaceLeaf(random, document, rawNumber(number(random)));
                default -> document.set("goods", goodsLines(random));
            }
        }
        return write(document, Gen.chance(random, 30) ? ESCAPING : JSON);
    }

    static String legible(String text) {
        return text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "");
    }

    /** Bytes that a broken or hostile client might send as the payload. */
    public static byte[] rawBytes(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Gen.bytes(random, 200);
            case 1, 2 -> mutateBytes(random, changedExample(random));
            case 3 -> {
                int depth = Gen.between(random, 1, 5000);
                yield ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
            }
            default -> Gen.oneOf(random, RAW_TEXTS).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A JSON number as text, including the extremes of exponent and length that a parser must bound. */
    public static String number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> Gen.between(random, -99, 99_999) + "." + Gen.of(random, "0123456789", 12) + "1";
            case 2 -> Gen.between(random, -99, 99_999) + "e" + random.nextInt();
            default -> Gen.oneOf(random, EDGE_NUMBERS);
        };
    }

    private static byte[] mutateBytes(Random random, byte[] bytes) {
        byte[] copy = bytes.clone();
        byte[] values = { 0x00, (byte) 0x80, (byte) 0xC0, (byte) 0xED, (byte) 0xFF, '"', '{', '\\' };
        for (int i = Gen.between(random, 1, 4); i > 0 && copy.length > 0; i--) {
            copy[random.nextInt(copy.length)] = values[random.nextInt(values.length)];
        }
        return copy;
    }

    private static void change(Random random, ObjectNode document) {
        switch (random.nextInt(7)) {
            case 0, 1 -> replaceLeaf(random, document, NODES.textNode(HostileText.upTo(random, Gen.oneOf(random, List.of(10, 200, 5000)))));
            case 2 -> replaceLeaf(random, document, rawNumber(number(random)));
            case 3 -> replaceLeaf(random, document, Gen.oneOf(random, WRONG_TYPES).deepCopy());
            case 4 -> removeMember(random, document);
            case 5 -> document.put("x" + HostileText.upTo(random, 40), "unexpected");
            default -> document.set("goods", goodsLines(random));
        }
    }

    private static JsonNode rawNumber(String text) {
        return NODES.textNode("@@num:" + text + "@@");
    }

    /** 0 to 20 goods lines, or now and then 100 to 400 (the PDF flows them over pages), hostile in text and numbers. */
    private static ArrayNode goodsLines(Random random) {
        int count = Gen.chance(random, 10) ? Gen.between(random, 100, 400) : Gen.between(random, 0, 20);
        ArrayNode lines = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode goods = lines.addObject();
            goods.put("marks", "M" + legible(HostileText.upTo(random, 499)));
            goods.set("packages", Gen.chance(random, 80) ? NODES.numberNode(Gen.between(random, 1, 99)) : rawNumber(number(random)));
            goods.put("packaging", "pallets");
            goods.put("description", "D" + (Gen.chance(random, 90) ? legible(HostileText.upTo(random, 999)) : HostileText.upTo(random, 999)));
            goods.set("grossWeightKg", Gen.chance(random, 70) ? NODES.numberNode(Gen.between(random, 1, 30_000)) : rawNumber(number(random)));
            if (Gen.chance(random, 30)) {
                goods.set("dangerousGoods", NODES.objectNode().put("unNumber", Gen.oneOf(random, List.of("UN1203", "UN0000", "UN12")))
                        .put("class", Gen.oneOf(random, List.of("3", "6.1", "10"))));
            }
        }
        return lines;
    }

    /** Replaces a randomly chosen member or element, at any depth, with {@code value}. */
    private static void replaceLeaf(Random random, ObjectNode document, JsonNode value) {
        List<Runnable> setters = new ArrayList<>();
        collect(document, value, setters);
        if (!setters.isEmpty()) {
            Gen.oneOf(random, setters).run();
        }
    }

    private static void collect(JsonNode node, JsonNode value, List<Runnable> setters) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                collect(object.get(name), value, setters);
                setters.add(value == null ? () -> object.remove(name) : () -> object.set(name, value));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                collect(array.get(i), value, setters);
                if (value != null) {
                    setters.add(() -> array.set(index, value));
                }
            }
        }
    }

    /** Replaces a randomly chosen string member or element, at any depth, with {@code text}. */
    private static void replaceText(Random random, ObjectNode document, String text) {
        List<Runnable> setters = new ArrayList<>();
        collectText(document, NODES.textNode(text.isBlank() ? "x" + text : text), setters);
        if (!setters.isEmpty()) {
            Gen.oneOf(random, setters).run();
        }
    }

    private static void collectText(JsonNode node, JsonNode value, List<Runnable> setters) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (object.get(name).isTextual() && FREE_TEXT.contains(name)) {
                    setters.add(() -> object.set(name, value));
                }
                collectText(object.get(name), value, setters);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collectText(child, value, setters));
        }
    }

    private static void removeMember(Random random, ObjectNode document) {
        replaceLeaf(random, document, null);
    }

    private static byte[] write(ObjectNode document, ObjectMapper writer) {
        try {
            String text = writer.writeValueAsString(document);
            Matcher numbers = RAW_NUMBER.matcher(text);
            return numbers.replaceAll(match -> Matcher.quoteReplacement(match.group(1))).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
