package org.dateline.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium as every browser test starts it: found, started, sized and checked one way. */
final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** Skips the test (CI installs both) when this machine lacks Chromium or its driver. */
  static void assumeInstalled(String what) {
    assumeTrue(installed(), what + " skipped: need Debian's chromium and chromium-driver (" + BINARY + ", " + DRIVER + ")");
  }

  /** Headless, with the brief's flags, a window of WIDTH,HEIGHT and its own profile directory. */
  static ChromeDriver start(Path profile, String window) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=" + window, "--user-data-dir=" + profile);
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
  }

  /**
   * The page's viewport as WIDTHxHEIGHT CSS pixels: a device-metrics override, since headless Chromium keeps a window
   * at least 500 px wide (a 390 px window would be measured at 500).
   */
  static void viewport(ChromeDriver browser, String size) {
    String[] wh = size.split("x");
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Integer.parseInt(wh[0]),
        "height", Integer.parseInt(wh[1]), "deviceScaleFactor", 1, "mobile", Integer.parseInt(wh[0]) < 600));
  }

  static void clearViewport(ChromeDriver browser) {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** axe-core, vendored in test resources (MPL-2.0: see axe/README.md), to run in a page. */
  static String axe() throws IOException {
    try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
