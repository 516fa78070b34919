package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;

import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/** A phone pointed at page 1 reaches the note's verification, with the digest of what it verifies. */
class QrCodeLeadsToVerificationTest {

    @Test
    void qrCodeOnPageOneDecodesToTheVerificationUrl() throws Exception {
        Sample sample = Fixtures.sample();
        BufferedImage page = pageOne(sample.render(), 150);

        Result result = decode(page);

        assertThat(result.getText()).isEqualTo("https://ap.example.eu/api/v1/consignment-notes/"
                + sample.note().id() + "/verification?sha256=" + sample.note().payloadDigest());
    }

    @Test
    void verificationUrlFollowsTheConfiguredBaseUrlWithoutDoubleSlash() {
        String url = VerificationLink.of(URI.create("https://ap.example.eu/"), Fixtures.NOTE_ID, "ab12");

        assertThat(url).isEqualTo("https://ap.example.eu/api/v1/consignment-notes/" + Fixtures.NOTE_ID
                + "/verification?sha256=ab12");
    }

    private static BufferedImage pageOne(byte[] pdf, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
    }

    private static Result decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }
}
