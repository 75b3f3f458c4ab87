package org.promise.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a form leniently: each field that cannot be read is named and left out, and the rest is read. */
class FormBodyReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind { COMMITTEE, BRIEFING }

    record Item(Integer number, String title) {
    }

    record Form(String title, Integer count, Kind kind, List<Item> items) {
    }

    private static Form read(String body, List<FieldError> problems) throws IOException {
        return (Form) FormBodyReader.readLeniently(JSON.readTree(body), JSON.readerFor(Form.class), problems);
    }

    private static List<String> named(List<FieldError> problems) {
        return problems.stream().map(problem -> problem.field() + " " + problem.rule()).toList();
    }

    @Test
    void namesEveryFieldItCannotReadAndReadsTheRest() throws IOException {
        List<FieldError> problems = new ArrayList<>();
        Form form = read("""
                {"title": "Board", "count": "three", "kind": "party", "colour": "red",
                 "items": [{"number": 1, "title": "Minutes"}, {"number": "two", "title": "Reports"}]}""", problems);
        assertThat(named(problems)).containsExactlyInAnyOrder("count type", "kind type", "colour unknown-property",
                "items[1].number type");
        assertThat(form).isEqualTo(new Form("Board", null, null,
                List.of(new Item(1, "Minutes"), new Item(null, "Reports"))));
    }

    @Test
    void leavesAnUnreadableEntryOfAListAsNothingKeepingItsNeighboursPlaces() throws IOException {
        List<FieldError> problems = new ArrayList<>();
        Form form = read("{\"items\": [\"Minutes\", {\"number\": 2}]}", problems);
        assertThat(named(problems)).containsExactly("items[0] type");
        assertThat(form.items()).isEqualTo(Arrays.asList(null, new Item(2, null)));
    }

    @Test
    void aBodyThatIsNoFormIsRefusedWhole() {
        assertThatThrownBy(() -> read("[1, 2]", new ArrayList<>())).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void aWellFormedFormHasNoProblems() throws IOException {
        List<FieldError> problems = new ArrayList<>();
        assertThat(read("{\"title\": \"Board\", \"kind\": \"BRIEFING\"}", problems))
                .isEqualTo(new Form("Board", null, Kind.BRIEFING, null));
        assertThat(problems).isEmpty();
    }
}
