package org.dateline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes: a byte-order mark wins, then a charset declared by the HTTP header or anywhere in the first
 * 64 KiB of an HTML page ({@code <meta charset>} or {@code http-equiv}), else UTF-8. Undecodable bytes become
 * U+FFFD and are counted, never silently dropped.
 */
public final class TextDecoder {
  static final int SNIFF_BYTES = 64 * 1024;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes, boolean html, String declaredCharset) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return decode(bytes, 3, StandardCharsets.UTF_8, "bom");
    if (startsWith(bytes, 0xFE, 0xFF)) return decode(bytes, 2, StandardCharsets.UTF_16BE, "bom");
    if (startsWith(bytes, 0xFF, 0xFE)) return decode(bytes, 2, StandardCharsets.UTF_16LE, "bom");
    Charset declared = charsetNamed(declaredCharset);
    if (declared != null) return decode(bytes, 0, declared, "http-header");
    if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        Charset meta = charsetNamed(m.group(1));
        if (meta != null) return decode(bytes, 0, meta, "meta");
      }
    }
    return decode(bytes, 0, StandardCharsets.UTF_8, "default");
  }

  /** Whether the bytes look like a binary file rather than text: NUL bytes or many control characters early on. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return !(startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE));
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
    }
    return n > 0 && control * 10 > n;
  }

  static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) return null;
    try {
      Charset cs = Charset.forName(name.trim());
      // pages that declare Latin-1 almost always mean windows-1252 (as browsers assume)
      return cs.equals(StandardCharsets.ISO_8859_1) || cs.name().equals("US-ASCII") ? Charset.forName("windows-1252") : cs;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Decoded decode(byte[] bytes, int offset, Charset cs, String basis) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - offset) * (double) dec.maxCharsPerByte()) + 16));
    int malformed = 0;
    while (true) {
      // called even with nothing left (a file that is only a byte-order mark): flush needs the end of input seen
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        malformed += r.length();
        in.position(in.position() + r.length());
        if (out.remaining() < 1) out = grow(out);
        out.put('\uFFFD');
      } else if (r.isOverflow()) {
        out = grow(out);
      } else {
        break;
      }
    }
    while (dec.flush(out).isOverflow()) out = grow(out);
    out.flip();
    return new Decoded(out.toString(), cs, basis, malformed);
  }

  private static CharBuffer grow(CharBuffer b) {
    CharBuffer bigger = CharBuffer.allocate(b.capacity() * 2 + 16);
    b.flip();
    bigger.put(b);
    return bigger;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
