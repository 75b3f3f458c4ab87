package org.promise.publication;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.promise.common.http.SecurityHeaders;
import org.promise.common.render.InlineStyle;

/** A document rendered in one format, with the file name it is saved under; the answer that carries it. */
record Rendered(DocumentFormat format, Object body, String fileName, InlineStyle style) {

    Response response() {
        return switch (format) {
            case HTML -> Response.ok(body, "text/html;charset=UTF-8")
                    .header(SecurityHeaders.CONTENT_SECURITY_POLICY, style.contentSecurityPolicy())
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + ".html\"")
                    .build();
            case PDF -> Response.ok(body, "application/pdf")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".pdf\"")
                    .build();
        };
    }
}
