package org.promise.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadingLevelsTest {

    @Test
    void aSectionsNumberGivesItsDepthUnderTheDocumentsParts() {
        assertThat(HeadingLevels.of(List.of("1", "2", "2.1", "2.2", "3", "4.6", "4.6.1")))
                .containsExactly(2, 2, 3, 3, 2, 3, 4);
    }

    @Test
    void aSectionNeverGoesMoreThanOneLevelBelowTheOneBefore() {
        assertThat(HeadingLevels.of(List.of("4.6", "4.6.1.2.3", "5"))).containsExactly(2, 3, 2);
    }

    @Test
    void anUnnumberedSectionIsAPartOfItsOwn() {
        assertThat(HeadingLevels.of(Arrays.asList("1.1", null, " ", "2.1"))).containsExactly(2, 2, 2, 3);
    }

    @Test
    void noLevelIsDeeperThanSix() {
        assertThat(HeadingLevels.of(List.of("1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1", "1.1.1.1.1.1.1")))
                .containsExactly(2, 3, 4, 5, 6, 6);
    }

    /** Whatever the numbers, the headings start at h2, stay within h2 to h6 and never skip a level going down. */
    @Test
    void anyNumberingGivesHeadingsInOrder() {
        Random random = new Random(12);
        for (int run = 0; run < 1000; run++) {
            List<String> numbers = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                numbers.add(random.nextInt(5) == 0 ? null
                        : String.join(".", random.ints(1 + random.nextInt(7), 1, 20).mapToObj(String::valueOf)
                                .toList()));
            }
            List<Integer> levels = HeadingLevels.of(numbers);
            int previous = 1;
            for (int level : levels) {
                assertThat(level).as("levels of %s: %s", numbers, levels).isBetween(2, Math.min(6, previous + 1));
                previous = level;
            }
        }
    }
}
