#!/usr/bin/env python3
"""Writes the small WARC fixtures of Tests/PantauTests/Fixtures/warc (run from the repo root).

The pages are invented, in the markup styles of real Indonesian sites (detik, antara, a
Pemkab press page, a tribun text page); the records follow ISO 28500 (WARC/1.0) as wget and
warcio write them: warcinfo, request, response (some chunked, one gzip-encoded), metadata.
"""
import gzip
import hashlib
import os

OUT = "Tests/PantauTests/Fixtures/warc"

DETIK = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Bawaslu Bogor Awasi Netralitas ASN Jelang Pilkada - detikNews</title>
<meta property="og:site_name" content="detikNews"></head><body>
<div class="detail__body-text itp_bodycontent">
<p><strong>Bogor</strong> - Ketua Bawaslu Kabupaten Bogor, Ridwan Arifin, meminta seluruh aparatur sipil negara (ASN) di Kabupaten Bogor tidak ikut berkampanye dalam Pilkada 2024.</p>
<p>"ASN wajib menjaga netralitas, termasuk di media sosial," kata Ridwan di Cibinong.</p>
<p>Bawaslu membuka posko pengaduan netralitas ASN di setiap kecamatan.</p>
</div><div class="detail__body-tag">Tag: pilkada</div></body></html>"""

ANTARA = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Pemprov NTT minta kepala desa netral - ANTARA News</title>
<meta property="article:published_time" content="2024-09-02T10:00:00+08:00"></head><body>
<div class="wrap__article-detail-content post-content">
<p>Kupang (ANTARA) - Penjabat Gubernur NTT, Andreas Lalo, meminta kepala desa di seluruh NTT menjaga netralitas selama tahapan Pilkada 2024.</p>
<p>Kepala desa yang terbukti tidak netral dapat dijatuhi sanksi pemberhentian sementara, katanya.</p>
</div></body></html>"""

PEMKAB = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Apel Ikrar Netralitas ASN - Pemerintah Kabupaten Sikka</title></head><body>
<div class="entry-content"><p>Maumere - Sekretaris Daerah Kabupaten Sikka, Yosef Nong, memimpin apel ikrar netralitas ASN di halaman kantor bupati.</p>
<p>Seluruh ASN Pemkab Sikka menandatangani pakta integritas untuk tidak berpihak kepada pasangan calon mana pun.</p></div>
</body></html>"""

TRIBUN_TEXT = """Kades di Semarang Diminta Netral
TRIBUNJATENG.COM, UNGARAN - Bupati Semarang, Ngesti Nugraha, mengingatkan kepala desa agar tidak terlibat politik praktis.
"Kepala desa dilarang menjadi tim kampanye," ujar Ngesti.
BACA JUGA: Jadwal Kampanye Pilkada Jateng
"""


def record(kind, uri, date, content_type, block, extra=""):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{hashlib.sha1((kind + uri + date).encode()).hexdigest()[:32]}>\r\n"
            f"WARC-Date: {date}\r\n")
    if uri:
        head += f"WARC-Target-URI: {uri}\r\n"
    head += f"{extra}Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http(status, content_type, body, headers=""):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{headers}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def chunked(body, size=97):
    out = b""
    for i in range(0, len(body), size):
        piece = body[i:i + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def records():
    return [
        record("warcinfo", "", "2024-09-03T01:00:00Z", "application/warc-fields", b"software: wget/1.21\r\nformat: WARC File Format 1.0\r\n"),
        record("request", "https://news.detik.com/berita/d-7501/bawaslu-bogor", "2024-09-03T01:00:01Z",
               "application/http; msgtype=request", b"GET /berita/d-7501/bawaslu-bogor HTTP/1.1\r\nHost: news.detik.com\r\n\r\n"),
        record("response", "https://news.detik.com/berita/d-7501/bawaslu-bogor", "2024-09-03T01:00:02Z",
               "application/http; msgtype=response", http("200 OK", "text/html; charset=UTF-8", DETIK.encode())),
        record("response", "https://www.antaranews.com/berita/4300/pemprov-ntt", "2024-09-03T01:00:03Z",
               "application/http; msgtype=response",
               (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(ANTARA.encode()))),
        record("response", "https://www.antaranews.com/img/logo.png", "2024-09-03T01:00:04Z",
               "application/http; msgtype=response", http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")),
        record("response", "https://sikkakab.go.id/berita/old", "2024-09-03T01:00:05Z",
               "application/http; msgtype=response", http("301 Moved Permanently", "text/html", b"<a href='/berita/apel'>moved</a>",
                                                           "Location: /berita/apel\r\n")),
        record("response", "https://sikkakab.go.id/berita/apel-ikrar", "2024-09-03T01:00:06Z",
               "application/http; msgtype=response",
               http("200 OK", "text/html; charset=utf-8", gzip.compress(mtime=0, data=PEMKAB.encode()), "Content-Encoding: gzip\r\n")),
        record("metadata", "https://sikkakab.go.id/berita/apel-ikrar", "2024-09-03T01:00:07Z",
               "application/warc-fields", b"outlink: https://sikkakab.go.id/\r\n"),
        record("resource", "https://jateng.tribunnews.com/2024/09/03/kades-semarang.txt", "2024-09-03T01:00:08Z",
               "text/plain; charset=utf-8", TRIBUN_TEXT.encode()),
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    recs = records()
    with open(f"{OUT}/crawl.warc", "wb") as f:
        f.write(b"".join(recs))
    with open(f"{OUT}/crawl.warc.gz", "wb") as f:
        for r in recs:  # one gzip member per record, as crawlers write them
            f.write(gzip.compress(mtime=0, data=r))
    members = [gzip.compress(mtime=0, data=r) for r in recs[:4]]
    os.makedirs(f"{OUT}/bad", exist_ok=True)
    with open(f"{OUT}/bad/truncated.warc.gz", "wb") as f:
        f.write(b"".join(members[:3]) + members[3][: len(members[3]) // 2])
    with open(f"{OUT}/bad/garbage.warc", "wb") as f:
        f.write(recs[2] + b"<html>this is not a WARC record</html>\n" * 3)
    with open(f"{OUT}/bad/short.warc", "wb") as f:
        f.write(recs[2] + recs[3][:400])
    with open(f"{OUT}/bad/wholefile.warc.gz", "wb") as f:
        f.write(gzip.compress(mtime=0, data=b"".join(recs)))


if __name__ == "__main__":
    main()
