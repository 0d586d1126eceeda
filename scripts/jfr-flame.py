#!/usr/bin/env python3
"""A flame graph (SVG) and a text summary of JFR execution samples, optionally only those under one frame.

  jfr print --json --stack-depth 96 --events jdk.ExecutionSample run.jfr > samples.json
  scripts/jfr-flame.py samples.json docs/perf/parse.svg 'DependencyParseAnnotator' > docs/perf/parse.txt

Stacks are cut at the first frame that contains the filter (so the graph starts at the stage); the summary lists
the methods with the most samples on top of the stack (self) and anywhere in it (total)."""
import collections
import html
import json
import sys


def frames(event):
    out = []
    for f in event["values"]["stackTrace"]["frames"]:
        m = f["method"]
        out.append(m["type"]["name"].replace("/", ".") + "." + m["name"])
    return list(reversed(out))  # root first


def main(src, svg, needle=None):
    events = json.load(open(src))["recording"]["events"]
    stacks = collections.Counter()
    total = 0
    for e in events:
        st = frames(e)
        total += 1
        if needle:
            at = next((i for i, f in enumerate(st) if needle in f), None)
            if at is None:
                continue
            st = st[at:]
        stacks[tuple(st)] += 1
    n = sum(stacks.values())
    selfc, totc = collections.Counter(), collections.Counter()
    for st, c in stacks.items():
        selfc[st[-1]] += c
        for f in set(st):
            totc[f] += c
    print(f"{n} of {total} samples{' under ' + needle if needle else ''}")
    print("\nself (top of stack)")
    for f, c in selfc.most_common(25):
        print(f"{100.0 * c / n:6.1f}%  {f}")
    print("\ntotal (anywhere in the stack)")
    for f, c in totc.most_common(40):
        print(f"{100.0 * c / n:6.1f}%  {f}")
    write_svg(stacks, n, svg, needle or "all samples")


def write_svg(stacks, n, path, title):
    tree = {}
    for st, c in stacks.items():
        node = tree
        for f in st:
            child = node.setdefault(f, [0, {}])
            child[0] += c
            node = child[1]
    width, row = 1200.0, 16
    rects = []
    depth = [0]

    def walk(node, x, d):
        depth[0] = max(depth[0], d)
        for name, (c, kids) in sorted(node.items()):
            w = width * c / n
            if w >= 1.0:
                rects.append((x, d, w, name, c))
                walk(kids, x, d + 1)
            x += w

    walk(tree, 0.0, 0)
    h = (depth[0] + 3) * row
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{h}" font-family="monospace" font-size="11">',
           f'<text x="4" y="12">{html.escape(title)}: {n} samples (hover for names)</text>']
    for x, d, w, name, c in rects:
        y = h - (d + 1) * row
        hue = 20 + (hash(name) % 40)
        label = name.rsplit(".", 2)
        short = ".".join(label[-2:]) if len(label) > 1 else name
        chars = int(w / 7)
        text = short if len(short) <= chars else (short[: chars - 2] + ".." if chars > 3 else "")
        out.append(f'<g><title>{html.escape(name)} ({c} samples, {100.0 * c / n:.1f}%)</title>'
                   f'<rect x="{x:.1f}" y="{y}" width="{max(w - 0.5, 0.1):.1f}" height="{row - 1}" fill="hsl({hue},90%,60%)"/>'
                   f'<text x="{x + 2:.1f}" y="{y + 12}">{html.escape(text)}</text></g>')
    out.append("</svg>")
    open(path, "w").write("\n".join(out))


if __name__ == "__main__":
    main(*sys.argv[1:])
