#!/usr/bin/env python3
"""Writes Tests/PantauTests/Fixtures/listings (run from the repo root): listing pages (front,
index, section, tag pages) and articles surrounded by long lists of other stories, in the
markup of several portals, each with its gold (<name>.gold.json).

A listing page's gold is {"kind": "listing", "article_links": N}: Pantau must give it status
`unsupported` with the reason "listing page (N article links)". An article's gold is
{"kind": "article", "title", "text"}: Pantau must give it status `ok` and that text.
Every headline, teaser, article and person is invented (scripts/listing_fixtures/).
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "listing_fixtures"))

import articles  # noqa: E402
import listings  # noqa: E402

OUT = "Tests/PantauTests/Fixtures/listings"


def write(name, markup, gold):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(markup)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    names = set()
    for page in listings.PAGES:
        name, markup, links = page()
        assert name not in names, name
        names.add(name)
        write(name, markup, {"kind": "listing", "article_links": links})
    for page in articles.PAGES:
        name, markup, gold = page()
        assert name not in names, name
        names.add(name)
        write(name, markup, {"kind": "article", "title": gold["title"], "text": "\n\n".join(gold["paragraphs"])})
    print(f"wrote {len(names)} pages to {OUT}")


if __name__ == "__main__":
    main()
