#!/usr/bin/env python3
"""Regenerate samples/warc/sample.warc.gz from the HTML pages in samples/html/.

Writes a WARC 1.1 file: one warcinfo record followed by one HTTP response
record per page, each record compressed as its own gzip member.
Record IDs are derived deterministically (uuid5) and gzip mtime is fixed,
so re-running the script produces byte-identical output.

Usage: python3 samples/tools/make_warc.py
"""
import base64
import gzip
import hashlib
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
OUT = os.path.join(SAMPLES, "warc", "sample.warc.gz")
NS = uuid.UUID("6f1c2a8e-3b7d-4e59-9a0c-d47e2b1f8a60")

# (html file, invented target URI, fetch time, Last-Modified style server date)
PAGES = [
    ("01-ledger-talks-open.html",
     "https://harbourledger.example/world/2026/02/20/dam-talks",
     "2026-02-21T06:12:44Z", "Sat, 21 Feb 2026 06:12:44 GMT"),
    ("02-nordpost-talks-wire.html",
     "https://nordpost.example/news/world/valdoria-ostria-open-dam-talks-48213",
     "2026-02-21T09:03:10Z", "Sat, 21 Feb 2026 09:03:10 GMT"),
    ("03-vt-parliament.html",
     "https://valdoriatoday.example/news/valdoria/vetrov-parliament-lenna",
     "2026-02-28T07:45:00Z", "Sat, 28 Feb 2026 07:45:00 GMT"),
    ("04-courier-test-release.html",
     "https://ostriancourier.example/economy/karsa-test-release",
     "2026-03-03T11:20:31Z", "Tue, 03 Mar 2026 11:20:31 GMT"),
]


def digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record(headers, block):
    head = "WARC/1.1\r\n"
    for k, v in headers:
        head += "%s: %s\r\n" % (k, v)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return head.encode("utf-8") + block + b"\r\n\r\n"


def member(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def main():
    out = bytearray()
    info = (
        "software: Dateline samples make_warc.py\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "description: Invented sample pages for the Dateline test corpus\r\n"
    ).encode("utf-8")
    out += member(record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2026-03-03T12:00:00Z"),
        ("WARC-Filename", "sample.warc.gz"),
        ("WARC-Record-ID", "<urn:uuid:%s>" % uuid.uuid5(NS, "warcinfo")),
        ("Content-Type", "application/warc-fields"),
    ], info))
    for name, uri, fetched, httpdate in PAGES:
        with open(os.path.join(SAMPLES, "html", name), "rb") as f:
            html = f.read()
        http_head = (
            "HTTP/1.1 200 OK\r\n"
            "Date: %s\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            "Content-Length: %d\r\n\r\n" % (httpdate, len(html))
        ).encode("ascii")
        block = http_head + html
        out += member(record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", uri),
            ("WARC-Date", fetched),
            ("WARC-Record-ID", "<urn:uuid:%s>" % uuid.uuid5(NS, uri)),
            ("WARC-Block-Digest", digest(block)),
            ("WARC-Payload-Digest", digest(html)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(out)
    print("wrote %s (%d records, %d bytes)" % (OUT, len(PAGES) + 1, len(out)))


if __name__ == "__main__":
    main()
