package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spaces extraction added to an article, as evidence of a space a line break swallowed. */
class ExtractionSpacesTest {
  @Test
  void aBylinesPrintedSpacesAreNoExtractionSpacesBesideThePoints() {
    ExtractionSpaces s = ExtractionSpaces.of(List.of("本报讯 （杨 红）今年以来，车间", "开展培训，效果好。"));
    assertThat(s.besidePoints()).isFalse();
    assertThat(s.mayBeBetween('。', '下')).isFalse();
  }

  @Test
  void spacesBesidePointsAndDigitsAreEachTheirOwnEvidence() {
    ExtractionSpaces s = ExtractionSpaces.of(List.of("今年以来， 车间开展培训", "全年培训 320 人次"));
    assertThat(s.mayBeBetween('。', '下')).isTrue();
    assertThat(s.mayBeBetween('次', '2')).isTrue();
    assertThat(s.mayBeBetween('次', '下')).isFalse(); // no space between Han characters
    assertThat(ExtractionSpaces.of(List.of("今年以来， 车间")).mayBeBetween('次', '2')).isFalse();
  }
}
