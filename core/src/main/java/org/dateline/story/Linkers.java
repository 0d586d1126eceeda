package org.dateline.story;

/** The linker the program wires (CLI, store, timeline): one place to change it. */
public final class Linkers {
  private Linkers() {}

  public static Linker standard() {
    return new StoryLinker();
  }
}
