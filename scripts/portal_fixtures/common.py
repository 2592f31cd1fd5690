"""Shared pieces of the portal fixtures: body items, gold text, date lines, JSON-LD, writing.

A page is a dict: name, title, author, published (ISO 8601, "" when the page shows none), url,
site, and body, a list of items. Gold items are the article; furniture items are what each
site's template puts between its paragraphs:

  ("p", html)  ("h2", text)  ("h3", text)  ("ul", [html])  ("ol", [html])  ("quote", html)
  ("baca", headline | [headlines])  ("ad",)  ("img", caption)  ("video", title)
  ("simak", line)  ("section", title)   (a liputan6-style page break; title may be "")

The gold text is written here by hand as the body's gold items; the HTML is built around it.
"""
import html
import json
import os
import re

GOLD_KINDS = {"p", "h2", "h3", "ul", "ol", "quote"}

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ZONE = {"+07:00": "WIB", "+08:00": "WITA", "+09:00": "WIT"}


def text_of(fragment):
    """The visible text of a bit of inline HTML, collapsed."""
    plain = re.sub(r"<[^>]+>", "", fragment)
    return " ".join(html.unescape(plain).split())


def gold_text(body):
    out = []
    for item in body:
        kind = item[0]
        if kind in ("p", "h2", "h3", "quote"):
            out.append(text_of(item[1]))
        elif kind in ("ul", "ol"):
            out.extend(text_of(x) for x in item[1])
    return "\n\n".join(out)


class When:
    """The parts of an ISO date-time, for each site's own date line."""

    def __init__(self, iso):
        import datetime
        self.iso = iso
        self.dt = datetime.datetime.fromisoformat(iso)
        self.zone = ZONE.get(iso[-6:], "WIB")

    @property
    def day(self): return DAYS[self.dt.weekday()]
    @property
    def month(self): return MONTHS[self.dt.month - 1]
    @property
    def mon(self): return MON[self.dt.month - 1]
    @property
    def hm(self): return self.dt.strftime("%H:%M")
    @property
    def hms(self): return self.dt.strftime("%H:%M:%S")
    @property
    def d(self): return self.dt.day
    @property
    def dd(self): return f"{self.dt.day:02d}"
    @property
    def mm(self): return f"{self.dt.month:02d}"
    @property
    def y(self): return self.dt.year

    def fmt(self, pattern):
        return pattern.format(w=self)


def jsonld(page, kind="NewsArticle", publisher="", logo="", section="", with_author=True, with_date=True,
           extra=None, image=""):
    obj = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": page["url"]},
        "headline": page["title"],
    }
    if image:
        obj["image"] = {"@type": "ImageObject", "url": image, "width": 1200, "height": 675}
    if with_date:
        obj["datePublished"] = page["published"]
        obj["dateModified"] = page["published"]
    if with_author and page["author"]:
        obj["author"] = {"@type": "Person", "name": page["author"]}
    if publisher:
        obj["publisher"] = {"@type": "Organization", "name": publisher,
                            "logo": {"@type": "ImageObject", "url": logo or "https://example.invalid/logo.png"}}
    if section:
        obj["articleSection"] = section
    if extra:
        obj.update(extra)
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=2) + "</script>"


def slug(url):
    return url.rstrip("/").rsplit("/", 1)[-1]


def esc(s):
    return html.escape(s, quote=True)


OUT = "Tests/PantauTests/Fixtures/portals"


def write(page, markup):
    os.makedirs(OUT, exist_ok=True)
    name = page["name"]
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(markup)
    gold = {k: page[k] for k in ("title", "author", "published", "site", "url")}
    gold["text"] = gold_text(page["body"])
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def gold_html(item, paragraph=None, quote_in_p=False):
    """An article item as every template writes it; `paragraph` and `quote_in_p` are where
    templates differ (antara's <br><br> layout, a Pemda CMS's paragraph class, quote markup)."""
    kind, value = item[0], item[1]
    if kind == "p":
        return paragraph(value) if paragraph else f"<p>{value}</p>"
    if kind in ("h2", "h3"):
        return f"<{kind}>{esc(value)}</{kind}>"
    if kind in ("ul", "ol"):
        return f"<{kind}>" + "".join(f"<li>{x}</li>" for x in value) + f"</{kind}>"
    return f"<blockquote><p>{value}</p></blockquote>" if quote_in_p else f"<blockquote>{value}</blockquote>"


def head_open(page):
    """A page's first lines through its charset declaration: `<meta charset>`, or http-equiv
    where the entry says so; `charset` may name ISO-8859-1 over UTF-8 bytes."""
    charset = page.get("charset", "utf-8")
    if page.get("http_equiv"):
        declaration = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        declaration = f'<meta charset="{charset}">'
    return ['<!DOCTYPE html>', '<html lang="id">', '<head>', declaration]
