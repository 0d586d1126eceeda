package org.dateline.store;

/** A lookup by id that found nothing: the API answers 404, the CLI exits with a usage error. */
public final class NotFoundException extends RuntimeException {
  private final String what;

  public NotFoundException(String what, String id) {
    super("no %s with id '%s'".formatted(what, id));
    this.what = what;
  }

  public String what() {
    return what;
  }
}
