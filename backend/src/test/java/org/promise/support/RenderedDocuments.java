package org.promise.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A rendered report or pack checked as its reader meets it: the HTML parsed by a real parser (as XML: the same text
 * is the PDF's source), the PDF validated by veraPDF against PDF/UA-1, its fonts read by PDFBox and its text
 * extracted by poppler's pdftotext, as a screen reader or a search engine would get it.
 */
public final class RenderedDocuments {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private RenderedDocuments() {
    }

    /** What is wrong with the page's structure for a reader who navigates by headings and tables; empty if nothing. */
    public static List<String> htmlProblems(String html) {
        List<String> problems = new ArrayList<>();
        notWellFormed(html).ifPresent(problems::add);
        Document document = Jsoup.parse(html, "", Parser.xmlParser());
        Element root = document.selectFirst("html");
        if (root == null || !"en-GB".equals(root.attr("lang"))) {
            problems.add("the html element has no lang=\"en-GB\"");
        }
        if (document.select("head > title").text().isBlank()) {
            problems.add("the page has no title");
        }
        int h1s = document.select("h1").size();
        if (h1s != 1) {
            problems.add("the page has " + h1s + " h1 elements, not one");
        }
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                problems.add("heading \"" + heading.text() + "\" (h" + level + ") skips a level after h" + previous);
            }
            previous = level;
        }
        for (Element table : document.select("table")) {
            String name = table.select("caption").text();
            if (name.isBlank()) {
                problems.add("a table has no caption: " + abbreviate(table.text()));
            }
            if (table.select("th").isEmpty()) {
                problems.add("table \"" + name + "\" has no header cells");
            }
            for (Element header : table.select("th")) {
                if (!header.attr("scope").matches("col|row|colgroup|rowgroup")) {
                    problems.add("table \"" + name + "\" has a header cell without scope: " + header.text());
                }
            }
        }
        return problems;
    }

    /** Why the page is not well-formed XML (the PDF is made from the same text, by an XML parser), if it is not. */
    private static Optional<String> notWellFormed(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(html)));
            return Optional.empty();
        } catch (SAXException e) {
            return Optional.of("the page is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF/UA-1 rules the PDF breaks, by veraPDF's rule id and clause, with how often; empty if it complies. */
    public static List<String> pdfUaFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            List<String> failures = new ArrayList<>();
            result.getFailedChecks().forEach((rule, count) -> failures.add(rule.getClause() + " test "
                    + rule.getTestNumber() + " (" + count + "x)"));
            result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).forEach(failures::add);
            return failures;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }

    /** The names of the fonts that the PDF uses but does not embed (a reader's machine would have to supply them). */
    public static List<String> fontsNotEmbedded(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** The PDF's text as poppler's pdftotext reads it (Debian's poppler-utils, which scripts/test.sh installs). */
    public static String text(byte[] pdf) {
        try {
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-", "-").start();
            try (var in = process.getOutputStream()) {
                in.write(pdf);
            }
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("pdftotext failed: "
                        + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("pdftotext could not be run: scripts/test.sh installs poppler-utils", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Keeps a rendered PDF in backend/target/rendered/, for a person (or another tool) to open after the build. */
    public static byte[] keep(String name, byte[] pdf) {
        try {
            Path folder = Path.of("target", "rendered");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), pdf);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
