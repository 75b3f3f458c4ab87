package org.promise.common.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to tagged PDF (PDF/UA-1) with openhtmltopdf. The document's title and language come from its {@code <title>}
 * and {@code <html lang>}; its text, page headers and footers included, is set in Liberation Sans (SIL Open Font
 * License), embedded: no run falls back to a font the reader's machine must supply. The fonts are read once, at
 * start-up, and their metrics are kept between documents, so a warm render does not parse them again.
 */
@Startup
@Singleton
public class PdfDocuments {

    /** The one font family of every PDF; a stylesheet names it first (browsers fall back to Arial). */
    public static final String FONT_FAMILY = "Liberation Sans";

    private record Face(String resource, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("/liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("/liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("/liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("/liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final Map<Face, byte[]> fonts;
    private final MetricsCache metrics = new MetricsCache();

    public PdfDocuments() {
        fonts = FACES.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(face -> face, face -> {
            try (InputStream in = PdfDocuments.class.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException(face.resource() + " is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The PDF of a well-formed XHTML document; a document that is not well-formed is a bug, so it throws. */
    public byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        List<TrueTypeFont> opened = new ArrayList<>(FACES.size());
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                    .usePDDocument(document)
                    .withProducer("Promise")
                    .withHtmlContent(xhtml, null)
                    .toStream(out);
            for (Map.Entry<Face, byte[]> face : fonts.entrySet()) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.getValue()));
                opened.add(font);
                // PDFBox would otherwise run the font's Latin substitutions (ligatures) on every run of text: half
                // of a long document's render spent compiling patterns, and a ligature glyph that maps back to no
                // letters leaves them out of the text layer that screen readers, search and copying read.
                font.setEnableGsub(false);
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FONT_FAMILY,
                        face.getKey().weight(), face.getKey().style(), true);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        } finally {
            opened.forEach(PdfDocuments::close);
        }
        return out.toByteArray();
    }

    private static void close(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** openhtmltopdf's font metrics, kept for the life of the service: four faces, a few kilobytes each. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, missing -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("The metrics of font " + key + " could not be read", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
