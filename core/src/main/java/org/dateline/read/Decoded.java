package org.dateline.read;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset used, how it was chosen and how many bytes could not be decoded. */
public record Decoded(String text, Charset charset, String charsetBasis, int malformedBytes) {}
