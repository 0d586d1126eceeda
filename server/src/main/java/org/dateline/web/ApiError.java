package org.dateline.web;

/** A failure the client caused, answered as {@code {"error": {"code": ..., "message": ...}}}. */
public final class ApiError extends RuntimeException {
  /** The stable codes; clients switch on these, the messages are for people. */
  public static final String BAD_PARAMETER = "bad_parameter", NOT_FOUND = "not_found", BAD_BODY = "bad_body",
      UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type", METHOD_NOT_ALLOWED = "method_not_allowed", INTERNAL = "internal",
      TOO_LARGE = "too_large", URI_TOO_LONG = "uri_too_long", BAD_REQUEST = "bad_request", FORBIDDEN = "forbidden";

  /** The code for a status the container or the framework answered. */
  static String codeOf(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 413 -> TOO_LARGE;
      case 414, 431 -> URI_TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 500 ? INTERNAL : BAD_REQUEST;
    };
  }

  private final int status;
  private final String code;

  public ApiError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiError badParameter(String message) {
    return new ApiError(400, BAD_PARAMETER, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
