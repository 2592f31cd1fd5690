#!/usr/bin/env python3
"""Writes Tests/PantauTests/Fixtures/portals (run from the repo root): Indonesian news pages in
the markup styles of real portals, each with its hand-written gold (<name>.gold.json).

Every article and person is invented. The article text of each page is written first, in
scripts/portal_fixtures/<style>.py, as the body's gold items; the style's template then wraps
it in that site's furniture (header, menus, breadcrumb, share bars, captions, "Baca juga" boxes,
ads, pagination, tags, related and popular lists, comments, footer, scripts, JSON-LD or meta
tags). Gold metadata is written by hand beside the text, never read back from Pantau.

Pages whose entry sets charset="iso-8859-1" declare ISO-8859-1 while their bytes are UTF-8.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "portal_fixtures"))

import common  # noqa: E402
import detik  # noqa: E402
import kompas  # noqa: E402
import tribun  # noqa: E402
import antara  # noqa: E402
import liputan6  # noqa: E402
import okezone  # noqa: E402
import republika  # noqa: E402
import kompasiana  # noqa: E402
import pemda  # noqa: E402

STYLES = [detik, kompas, tribun, antara, liputan6, okezone, republika, kompasiana, pemda]


def main():
    names = set()
    for style in STYLES:
        for page in style.PAGES:
            assert page["name"] not in names, page["name"]
            names.add(page["name"])
            markup = style.render(page)
            common.write(page, markup)
    print(f"wrote {len(names)} pages to {common.OUT}")


if __name__ == "__main__":
    main()
