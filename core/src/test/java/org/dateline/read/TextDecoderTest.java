package org.dateline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void byteOrderMarkWinsOverMeta() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] html = "<meta charset=windows-1251><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + html.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(html, 0, all, 3, html.length);
    Decoded d = TextDecoder.decode(all, true, null);
    assertThat(d.charsetBasis()).isEqualTo("bom");
    assertThat(d.text()).startsWith("<meta").contains("Zürich");
  }

  @Test
  void aFileThatIsOnlyAByteOrderMarkIsEmptyText() {
    // found by PrepareProperties on a fresh seed: the decoder was flushed before it had seen the end of its input
    for (byte[] bom : new byte[][] {{(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
      Decoded d = TextDecoder.decode(bom, true, null);
      assertThat(d.charsetBasis()).isEqualTo("bom");
      assertThat(d.text()).isEmpty();
      assertThat(d.malformedBytes()).isZero();
    }
    assertThat(TextDecoder.decode(new byte[0], false, null).text()).isEmpty();
  }

  @Test
  void metaCharsetDeclaredLateInTheHeadIsFound() {
    String head = "<html><head>" + "<script>var x = 1;</script>".repeat(500) + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
    byte[] bytes = (head + "</head><body><p>caf\u00e9</p>").getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Decoded d = TextDecoder.decode(bytes, true, null);
    assertThat(d.charsetBasis()).isEqualTo("meta");
    assertThat(d.text()).contains("café");
    assertThat(d.malformedBytes()).isZero();
  }

  @Test
  void httpHeaderCharsetIsUsedWhenNoBom() {
    byte[] bytes = "<p>na\u00efve</p>".getBytes(StandardCharsets.ISO_8859_1);
    Decoded d = TextDecoder.decode(bytes, true, "ISO-8859-1");
    assertThat(d.text()).contains("naïve");
    assertThat(d.charsetBasis()).isEqualTo("http-header");
  }

  @Test
  void undecodableBytesAreCountedAndReplacedNotDropped() {
    byte[] bytes = {'a', 'b', (byte) 0xFF, 'c', (byte) 0xC3};
    Decoded d = TextDecoder.decode(bytes, false, null);
    assertThat(d.malformedBytes()).isEqualTo(2);
    assertThat(d.text()).isEqualTo("ab\uFFFDc\uFFFD");
  }

  @Test
  void binaryIsRecognisedAndTextIsNot() {
    assertThat(TextDecoder.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isTrue();
    assertThat(TextDecoder.looksBinary("KORVEN, February 9 (Meridian Wire) -- talks".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
