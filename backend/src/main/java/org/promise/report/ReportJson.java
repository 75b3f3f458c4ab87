package org.promise.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The report's JSON columns (sections, the children's summary, a version's content), read and written. */
@ApplicationScoped
class ReportJson {

    private static final TypeReference<List<ReportSection>> SECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<ChildFriendlyPart>> SUMMARY = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
    }

    List<ReportSection> sections(String stored) {
        return read(stored, SECTIONS);
    }

    List<ChildFriendlyPart> summary(String stored) {
        return read(stored, SUMMARY);
    }

    ReportContent content(String stored) {
        return read(stored, new TypeReference<>() {
        });
    }

    /** The sections as stored: what a citation resolves to is read live, never kept. */
    String write(List<?> sectionsOrSummary) {
        return text(sectionsOrSummary);
    }

    String write(ReportContent content) {
        return text(content);
    }

    static List<ReportSection> bare(List<ReportSection> sections) {
        return sections.stream().map(section -> section.withBlocks(block -> {
            if (block instanceof ReportBlock.Figure figure) {
                return figure.citing(null);
            }
            return block instanceof ReportBlock.YouSaidWeDid asks ? asks.citing(null) : block;
        })).toList();
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report's content could not be written as JSON", e);
        }
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report's content is not the JSON it was written as", e);
        }
    }
}
