package org.dateline.store;

/** The database failed (disk full, file locked, corrupt): not the user's input. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
