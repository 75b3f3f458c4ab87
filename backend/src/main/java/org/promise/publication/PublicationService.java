package org.promise.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.function.Function;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.http.PublicLinks;
import org.promise.common.render.InlineStyle;
import org.promise.common.render.PdfDocuments;
import org.promise.common.render.XmlCharacters;
import org.promise.pack.PackService;
import org.promise.pack.PerformancePackView;
import org.promise.report.ReportService;

/**
 * Reports and packs as documents. Each is read through its own feature's service, so whoever may read it as JSON may
 * read it here and nobody else: this class adds no rule of access. The same XHTML is the page and the PDF's source.
 */
@ApplicationScoped
public class PublicationService {

    /** The documents' stylesheet, inline in every page and PDF; the page's Content-Security-Policy allows it alone. */
    static final InlineStyle STYLE = InlineStyle.of("/publication/document.css");

    private final ReportService reports;
    private final PackService packs;
    private final AreaService areas;
    private final PdfDocuments pdf;
    private final PublicLinks links;

    public PublicationService(ReportService reports, PackService packs, AreaService areas, PdfDocuments pdf,
            PublicLinks links) {
        this.reports = reports;
        this.packs = packs;
        this.areas = areas;
        this.pdf = pdf;
        this.links = links;
    }

    /** The report, or its published version {@code version}, in the edition asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered report(long id, DocumentFormat format, Integer version, ReportDocument.Edition edition) {
        ReportDocument.Source source = version == null ? ReportDocument.Source.of(reports.get(id))
                : ReportDocument.Source.of(reports.version(id, version));
        ReportDocument.Page page = ReportDocument.page(source, edition, areaName(source.authority()),
                new ReportDocument.Lookups(this::areaName, path -> links.absolute(path).map(URI::toString)
                        .orElse(null)));
        String fileName = "report-" + source.authority() + "-" + source.type().wire() + "-" + id
                + (version == null ? "" : "-version-" + version)
                + (edition == ReportDocument.Edition.FULL ? "" : "-" + edition.wire());
        return render(format, fileName, print -> ReportDocument.html(page, STYLE.css(), print));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered pack(long id, DocumentFormat format) {
        PerformancePackView pack = packs.get(id);
        PackDocument.Page page = PackDocument.page(pack);
        String fileName = "performance-pack-" + pack.authority() + "-" + pack.period() + "-" + pack.id();
        return render(format, fileName, print -> PackDocument.html(page, STYLE.css(), print));
    }

    /**
     * The page as it is, or as the source of a PDF (with the page furniture only a PDF has); either way without a
     * character XML forbids, which the templates never write and stored text may hold.
     */
    private Rendered render(DocumentFormat format, String fileName, Function<Boolean, String> html) {
        return switch (format) {
            case HTML -> new Rendered(format, XmlCharacters.legal(html.apply(false)), fileName, STYLE);
            case PDF -> new Rendered(format, pdf.pdf(XmlCharacters.legal(html.apply(true))), fileName, STYLE);
        };
    }

    private String areaName(String code) {
        return areas.find(code).map(AreaView::name).orElse(code);
    }
}
