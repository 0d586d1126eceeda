package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySpanTest {
  private static List<LocalDate> days(String... iso) {
    return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  @Test
  void theOneNearCandidateIsTakenWhenTheOthersAreYearsAway() {
    var span = new StorySpan(days("2008-03-04", "2008-03-20"), 1, StorySpan.STORY_NEAR_DAYS);
    assertThat(span.choose(days("2001-11-19", "2007-11-19", "2012-11-19"))).hasToString("2007-11-19");
  }

  @Test
  void aRivalWithinReachLeavesItOpen() {
    // the story has reports in both years: being nearer is not enough
    var span = new StorySpan(days("2007-12-01", "2008-09-01"), 1, StorySpan.STORY_NEAR_DAYS);
    assertThat(span.choose(days("2007-11-19", "2008-11-19"))).isNull();
  }

  @Test
  void noCandidateNearLeavesItOpen() {
    var span = new StorySpan(days("2008-06-04"), 1, StorySpan.STORY_NEAR_DAYS);
    assertThat(span.choose(days("2007-11-19", "2012-11-19"))).isNull();
    assertThat(new StorySpan(List.of(), 1, 30).choose(days("2007-11-19", "2012-11-19"))).isNull();
  }

  @Test
  void neighboursAreCounted() {
    var one = days("2007-12-01");
    assertThat(new StorySpan(one, 2, StorySpan.STORY_NEAR_DAYS).choose(days("2007-11-19", "2012-11-19"))).isNull();
    assertThat(new StorySpan(days("2007-12-01", "2007-12-03"), 2, StorySpan.STORY_NEAR_DAYS)
        .choose(days("2007-11-19", "2012-11-19"))).hasToString("2007-11-19");
  }

  @Test
  void aNearnessAsWideAsFarIsRefused() {
    assertThatThrownBy(() -> new StorySpan(List.of(), 1, StorySpan.FAR_DAYS)).isInstanceOf(IllegalArgumentException.class);
  }
}
