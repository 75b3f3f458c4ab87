package org.promise.common.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.promise.support.RenderedDocuments;

class PdfDocumentsTest {

    private static final PdfDocuments PDF = new PdfDocuments();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
            <head><meta charset="utf-8"/><title>Fostering Service Annual Report</title>
            <meta name="description" content="A test page"/><style>
            body { font-family: "Liberation Sans", Arial, sans-serif; }
            @page { size: A4; margin: 20mm; font-family: "Liberation Sans";
              @top-left { content: "Fostering Service Annual Report"; font-family: "Liberation Sans"; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "Liberation Sans"; }
            }
            </style></head>
            <body>
            <h1>Fostering Service Annual Report</h1>
            <p>Of the <strong>carers</strong>, <em>most</em> stayed.</p>
            <h2>Carers</h2>
            <table>
            <caption>Table: fostering households</caption>
            <thead><tr><th scope="col">Year</th><th scope="col">Households</th><th scope="col">Share</th></tr></thead>
            <tbody><tr><th scope="row">2022-23</th><td>14</td><td>11%</td></tr></tbody>
            </table>
            </body></html>
            """;

    @Test
    void aPageWithATableIsTaggedPdfUaWithEveryFontEmbeddedAndItsNumbersInItsText() {
        byte[] pdf = PDF.pdf(PAGE);

        assertThat(RenderedDocuments.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(RenderedDocuments.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(RenderedDocuments.text(pdf)).contains("11%", "14", "Table: fostering households",
                "Page 1 of 1");
    }

    @Test
    void aRunInAFontTheServiceDoesNotHaveIsSetInTheEmbeddedFontAllTheSame() {
        byte[] pdf = PDF.pdf(PAGE.replace("<p>Of the", "<p style=\"font-family: Courier\">Of the"));

        assertThat(RenderedDocuments.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(RenderedDocuments.pdfUaFailures(pdf)).isEmpty();
    }

    /** The checks themselves: a PDF written in Helvetica, which no PDF of the service embeds, fails both. */
    @Test
    void aPdfWithAFontItDoesNotEmbedFailsTheChecks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.showText("11%");
                text.endText();
            }
            document.save(out);
        }

        assertThat(RenderedDocuments.fontsNotEmbedded(out.toByteArray())).containsExactly("Helvetica");
        assertThat(RenderedDocuments.pdfUaFailures(out.toByteArray())).isNotEmpty();
    }
}
