#!/usr/bin/env python3
"""Generates the benchmark corpus by varying the sample corpus (corpus/).

usage: gen_bench_corpus.py OUT [--scale 1.0] [--seed 2024]

At scale 1: 20,000 documents, over 500 MB, in four equal parts OUT/part-0 .. part-3, so that
part-0 alone is the "1x" corpus and all four the "4x" corpus. Each document is a sample page
or scrape with its regions swapped for other kabupaten/kota names (from the gazetteer data
file), extra body paragraphs naming other officials, and page furniture of varying size
(navigation, related links, inline scripts and styles as news portals ship them; for text
scrapes the furniture lines the annotation guide lists). 90% are single .html/.txt files,
5% lines of JSONL scraper feeds, 5% records of .warc.gz crawl files (one gzip member per
record); about 1% are exact copies, as crawls re-fetch pages. Deterministic for a seed.
"""
import argparse
import gzip
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST = ["Agus", "Budi", "Sri", "Yohanes", "Maria", "Ahmad", "Nyoman", "Made", "Siti", "Rahmat", "Dewi", "Hendra",
         "Fransiskus", "Teguh", "Wayan", "Andi", "Rina", "Joko", "Ketut", "Yusuf", "Lestari", "Bambang", "Marthen", "Nur"]
LAST = ["Wiranto", "Santoso", "Lestari", "Goreti", "Nugraha", "Saputra", "Siregar", "Lubis", "Pratama", "Hidayat",
        "Manurung", "Tanjung", "Wijaya", "Rahman", "Kurniawan", "Sinaga", "Lalo", "Mandala", "Setiawan", "Harahap"]
ROLES = ["Ketua Bawaslu", "Pj Bupati", "Sekretaris Daerah", "Kepala BKPSDM", "Ketua KPU", "Wakil Bupati", "Kapolres"]
BODY = [
    "{role} {region}, {name}, meminta seluruh aparatur sipil negara (ASN) menjaga netralitas selama tahapan Pilkada 2024.",
    "\"ASN dilarang memberikan dukungan kepada pasangan calon, termasuk melalui media sosial,\" kata {name} di {region}.",
    "Menurut {name}, pelanggaran netralitas akan dilaporkan kepada Badan Kepegawaian Negara untuk dijatuhi sanksi.",
    "Bawaslu {region} membuka posko pengaduan dugaan pelanggaran netralitas ASN, TNI, Polri dan kepala desa.",
    "Sebanyak {n} kepala desa di {region} menandatangani ikrar netralitas di hadapan {role} {name}.",
    "Ia menambahkan, keberpihakan birokrasi dapat merusak kepercayaan publik terhadap hasil pemilihan.",
]
TEXT_FURNITURE = ["Mohon tunggu...", "Laporkan Konten", "BACA JUGA: {headline}", "Back To Top", "Write a Facebook Comment",
                  "Keterangan Gambar : {headline}", "HALAMAN : 1. 1 2. 2", "Bagikan: Facebook Twitter WhatsApp",
                  "Simak berita lainnya di Google News"]


def load_regions():
    names = []
    with open(os.path.join(ROOT, "Sources/Pantau/Data/regions.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[1] in ("kabupaten", "kota"):
                names.append(re.sub(r"^(Kabupaten|Kota) ", "", cols[2]))
    return sorted(set(names))


def load_templates(corpus):
    """(kind, ext, text, url, title) per sample document; text keeps odd bytes (surrogateescape)."""
    templates = []
    for folder, _, files in sorted(os.walk(corpus)):
        if "/gold" in folder + "/" or folder.endswith("gold"):
            continue
        for name in sorted(files):
            path = os.path.join(folder, name)
            ext = name.rsplit(".", 1)[-1]
            if ext in ("html", "txt"):
                with open(path, "rb") as f:
                    templates.append((ext, f.read().decode("utf-8", "surrogateescape"), None, None))
            elif ext == "jsonl":
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            rec = json.loads(line)
                            if "html" in rec:
                                templates.append(("html", rec["html"], rec.get("url"), rec.get("title")))
    return templates


def split_on_regions(text, regions):
    """The template cut at each region name it contains, so a document can swap them cheaply."""
    present = [r for r in regions if len(r) >= 5 and r in text]
    if not present:
        return [text], []
    pattern = re.compile(r"\b(" + "|".join(re.escape(r) for r in sorted(present, key=len, reverse=True)) + r")\b")
    pieces, names, last = [], [], 0
    for m in pattern.finditer(text):
        pieces.append(text[last:m.start()])
        names.append(m.group(1))
        last = m.end()
    pieces.append(text[last:])
    return pieces, names


def html_furniture(rng, target):
    parts = ['<nav class="main-nav">' + " ".join(f'<a href="/kanal/{i}">Kanal {i}</a>' for i in range(rng.randint(10, 40))) + "</nav>"]
    size = len(parts[0])
    while size < target:
        kind = rng.random()
        if kind < 0.4:
            blob = "".join(f'"k{i}":"{rng.getrandbits(64):016x}",' for i in range(rng.randint(50, 200)))
            block = f'<script>window.__PORTAL_CONFIG__={{{blob}"v":1}};</script>'
        elif kind < 0.6:
            block = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px}}" for i in range(rng.randint(40, 160))) + "</style>"
        elif kind < 0.85:
            items = "".join(f'<li><a href="/berita/{rng.getrandbits(32)}">Berita terkait {rng.choice(LAST)} nomor {i}</a></li>'
                            for i in range(rng.randint(5, 25)))
            block = f'<div class="related-news"><h3>Berita Terkait</h3><ul>{items}</ul></div>'
        else:
            block = '<div class="share-box">Bagikan: Facebook Twitter WhatsApp Telegram</div><div class="comments">Tulis komentar</div>'
        parts.append(block)
        size += len(block)
    return "\n".join(parts)


def body(rng, regions, count):
    out = []
    for _ in range(count):
        out.append(rng.choice(BODY).format(role=rng.choice(ROLES), region=rng.choice(regions),
                                           name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", n=rng.randint(3, 90)))
    return out


CANONICAL = re.compile(r"""<link\b[^>]*\brel=["']canonical["'][^>]*>""", re.I)
HREF = re.compile(r"""\bhref=["']([^"']+)["']""", re.I)


def page_url(ext, text, url):
    """The address a document declares: its feed record's url, or its canonical link."""
    if url or ext != "html":
        return url
    link = CANONICAL.search(text)
    href = HREF.search(link.group(0)) if link else None
    return href.group(1) if href else None


def vary_url(url, index):
    """Another article on the same site: every generated page has its own address, as in a
    real crawl (only re-fetched copies share one)."""
    base, _, rest = url.partition("?")
    if base.endswith("/"):
        return f"{base[:-1]}-{index}/" + ("?" + rest if rest else "")
    return f"{base}-{index}" + ("?" + rest if rest else "")


def make(rng, template, regions, index):
    ext, (pieces, names), url, title = template
    swap = {n: rng.choice(regions) for n in set(names)}
    text = pieces[0] + "".join(swap[n] + p for n, p in zip(names, pieces[1:]))
    extra = body(rng, regions, rng.randint(0, 8))
    if ext == "html":
        paragraphs = "".join(f"<p>{p}</p>" for p in extra)
        cut = text.rfind("</p>")
        if cut >= 0:
            text = text[:cut + 4] + paragraphs + text[cut + 4:]
        furniture = html_furniture(rng, int(rng.expovariate(1 / 24000)))
        cut = text.rfind("</body>")
        text = text[:cut] + furniture + text[cut:] if cut >= 0 else text + furniture
    else:
        lines = text.split("\n")
        lines[len(lines) // 2:len(lines) // 2] = extra
        headline = f"{rng.choice(ROLES)} {rng.choice(regions)} Ingatkan ASN Netral"
        lines += [rng.choice(TEXT_FURNITURE).format(headline=headline) for _ in range(rng.randint(3, 40))]
        text = "\n".join(lines)
    declared = page_url(ext, text, url)
    if declared:
        varied = vary_url(declared, index)
        text = text.replace(declared, varied)
        url = varied if url else url
    url = url or f"https://bench.example.id/{index}"
    return ext, text, url, title


def warc_record(url, html_bytes, number):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(html_bytes) + html_bytes
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
            f"WARC-Date: 2024-09-{1 + number % 28:02d}T08:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6, mtime=0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    regions = load_regions()
    templates = [(ext, split_on_regions(text, regions), url, title)
                 for ext, text, url, title in load_templates(os.path.join(ROOT, "corpus"))]
    total = max(8, int(20000 * args.scale))
    per_part = total // 4
    written = 0
    size = 0
    for part in range(4):
        base = os.path.join(args.out, f"part-{part}")
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "feeds"), exist_ok=True)
        os.makedirs(os.path.join(base, "crawl"), exist_ok=True)
        feed, warc, previous = [], [], None
        for i in range(per_part):
            index = part * per_part + i
            if previous is not None and rng.random() < 0.01:
                ext, text, url, title = previous  # a re-fetched copy
            else:
                ext, text, url, title = make(rng, rng.choice(templates), regions, index)
            previous = (ext, text, url, title)
            data = text.encode("utf-8", "surrogateescape")
            size += len(data)
            roll = rng.random()
            if roll < 0.05 and ext == "html":
                rec = {"url": url, "html": data.decode("utf-8", "replace")}
                if title:
                    rec["title"] = title
                feed.append(json.dumps(rec, ensure_ascii=False))
            elif roll < 0.10 and ext == "html":
                warc.append(warc_record(url, data, index))
            else:
                with open(os.path.join(base, "pages", f"{index:06d}.{ext}"), "wb") as f:
                    f.write(data)
            if len(feed) == 200 or (i == per_part - 1 and feed):
                with open(os.path.join(base, "feeds", f"feed-{index:06d}.jsonl"), "w", encoding="utf-8") as f:
                    f.write("\n".join(feed) + "\n")
                feed = []
            if len(warc) == 200 or (i == per_part - 1 and warc):
                with open(os.path.join(base, "crawl", f"crawl-{index:06d}.warc.gz"), "wb") as f:
                    f.write(b"".join(warc))
                warc = []
            written += 1
    print(f"gen_bench_corpus: {written} documents, {size / 1e6:.0f} MB of page content in {args.out}")


if __name__ == "__main__":
    main()
