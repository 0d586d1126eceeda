package org.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dateline.json.Json;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answers to requests no handler sees (a URI too long, headers too large, a malformed request line) in the
 * API's error shape, {@code {"error": {"code", "message"}}}, instead of an HTML or plain-text page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON);
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
      int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json; charset=utf-8");
    response.getOutputStream().write(body(code, message));
  }

  private static byte[] body(int status, String reason) {
    String message = reason == null || reason.isBlank() ? status + " " + org.eclipse.jetty.http.HttpStatus.getMessage(status) : reason;
    try {
      return Json.mapper().writeValueAsBytes(Map.of("error", Map.of("code", ApiError.codeOf(status), "message", message)));
    } catch (IOException e) {
      return ("{\"error\":{\"code\":\"" + ApiError.codeOf(status) + "\",\"message\":\"HTTP " + status + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
