"""Articles surrounded by long lists of other stories (related, popular, latest, with teasers):
the pages a listing test must not refuse. Each function returns (name, markup, gold), gold
holding the article's title and its paragraphs as Pantau should give them.
"""
from html import escape as esc

from listings import pick, stamp
from stories import EXCERPTS, slugify


def related_teasers(items, base, klass):
    return "".join(f'<div class="{klass}__item"><a href="{base}/{slugify(h)}"><img src="/thumb/{k}.jpg" alt=""></a>'
                   f'<h3><a href="{base}/{slugify(h)}">{esc(h)}</a></h3><p>{esc(t)}</p><span class="time">{stamp(k)}</span></div>'
                   for k, (h, t, _) in enumerate(items))


def tribun_article():
    """A tribun article: "Baca juga" lines inside the body, then related, latest-with-teasers
    and popular lists longer than the article."""
    title = "Camat Diminta Awasi Kades yang Pasang Foto Calon di Kantor Desa"
    body = [
        "TRIBUNFLORES.COM, MAUMERE - Pemerintah Kabupaten Sikka meminta seluruh camat mengawasi kantor desa di wilayahnya setelah ditemukan foto pasangan calon bupati terpasang di ruang pelayanan dua kantor desa.",
        "Sekretaris Daerah Sikka, Yohanes Bata Koten, mengatakan foto itu diketahui dari laporan warga yang datang mengurus surat keterangan domisili. Kedua kepala desa sudah dipanggil ke kantor bupati untuk dimintai penjelasan.",
        "\"Kantor desa itu fasilitas negara. Tidak boleh ada atribut calon mana pun di sana, apalagi di ruang tempat warga dilayani,\" kata Yohanes, Kamis (10/10/2024).",
        "Menurut dia, para kepala desa beralasan foto itu dipasang oleh warga yang bersimpati kepada calon tertentu. Alasan tersebut tidak diterima karena kepala desa bertanggung jawab atas kantornya.",
        "Bawaslu Sikka telah mencatat temuan tersebut sebagai dugaan pelanggaran netralitas. Ketua Bawaslu Sikka, Maria Goreti Ina, menyebut pihaknya akan meminta keterangan warga yang melapor sebelum memutuskan rekomendasi.",
        "Ia menambahkan, camat yang membiarkan pelanggaran di wilayahnya juga dapat dimintai pertanggungjawaban karena berfungsi sebagai pembina pemerintahan desa.",
    ]
    baca = pick(0, 3)
    latest = pick(4, 10)
    popular = pick(14, 10)
    related = pick(24, 8)
    b = []
    for k, p in enumerate(body):
        b.append(f"<p>{esc(p)}</p>")
        if k in (1, 3, 4):
            h = baca[(k - 1) % 3][0]
            b.append(f'<p><strong>Baca juga: <a href="https://flores.tribunnews.com/2024/10/09/{slugify(h)}">{esc(h)}</a></strong></p>')
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - Tribunflores.com</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="Tribunflores.com">
<link rel="canonical" href="https://flores.tribunnews.com/2024/10/10/{slugify(title)}"></head>
<body><div id="header"><div class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/flores">Flores</a></li><li><a href="/pilkada">Pilkada</a></li></ul></div></div>
<div class="main"><div class="content"><div class="fl w677">
<h1 id="arttitle" class="f50 black2 f400 crimson">{esc(title)}</h1>
<div id="penulis">Penulis: <a href="/author/arnold">Arnoldus Ebo</a> | Editor: <a href="/editor/gordi">Gordy Donovan</a></div>
<time class="grey">Kamis, 10 Oktober 2024 14:20 WITA</time>
<div class="side-article txt-article multi-fontsize">{"".join(b)}</div>
<div class="mb20 mt20 related"><h3>Berita Terkait</h3><ul>{"".join(f'<li><a href="https://flores.tribunnews.com/2024/10/0{k + 1}/{slugify(h)}">{esc(h)}</a></li>' for k, (h, _, _) in enumerate(related))}</ul></div>
<div class="latest-news"><h3>Berita Terbaru</h3>{related_teasers(latest, "https://flores.tribunnews.com/2024/10/10", "latest")}</div>
</div><div class="fr w300"><div class="populer"><h3>Terpopuler</h3><ul>{"".join(f'<li><span class="no">{k}</span><a href="https://flores.tribunnews.com/x/{slugify(h)}">{esc(h)}</a></li>' for k, (h, _, _) in enumerate(popular, 1))}</ul></div></div></div></div>
<div id="footer">Copyright &copy; 2024 Tribunnews.com</div></body></html>
"""
    return "tribun-article-long-lists", markup, {"title": title, "paragraphs": body}


def pemkab_short():
    """A Pemkab press release of two short paragraphs beside a sidebar of the latest posts
    with their excerpts, and a "Berita Lainnya" box of four more below it."""
    title = "Wakil Bupati Sikka Pimpin Apel Netralitas di Kecamatan Talibura"
    body = [
        "Wakil Bupati Sikka memimpin apel netralitas aparatur sipil negara di halaman kantor Kecamatan Talibura, Senin (7/10/2024). Apel diikuti camat, kepala desa, guru, dan tenaga kesehatan dari sebelas desa.",
        "Dalam amanatnya, wakil bupati meminta seluruh peserta tidak menghadiri kampanye dan tidak menggunakan kendaraan dinas untuk kepentingan pasangan calon mana pun.",
    ]
    latest = pick(2, 6)
    others = pick(20, 4)
    side = "".join(f'<li class="recent-post"><a href="https://sikkakab.go.id/2024/10/{slugify(h)}/" class="rp-title">{esc(h)}</a>'
                   f'<span class="rp-date">{k + 1} Oktober 2024</span><p class="rp-excerpt">{esc(t)}</p></li>' for k, (h, t, _) in enumerate(latest))
    more = "".join(f'<div class="related-post"><h4><a href="https://sikkakab.go.id/2024/09/{slugify(h)}/">{esc(h)}</a></h4><p>{esc(x[:160].rsplit(" ", 1)[0])} &hellip;</p></div>'
                   for (h, _, _), x in zip(others, EXCERPTS))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; Pemerintah Kabupaten Sikka</title>
<link rel="canonical" href="https://sikkakab.go.id/2024/10/07/{slugify(title)}/"><meta property="og:site_name" content="Pemerintah Kabupaten Sikka"></head>
<body class="single single-post">
<header class="site-header"><p class="main-title"><a href="https://sikkakab.go.id/">Pemerintah Kabupaten Sikka</a></p>
<nav class="main-navigation"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/category/berita/">Berita</a></li><li><a href="/layanan/">Layanan</a></li></ul></nav></header>
<div class="site grid-container"><div class="site-content"><div class="content-area"><main class="site-main">
<article class="post"><div class="inside-article"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">Diposting oleh Admin Diskominfo | 7 Oktober 2024</div></header>
<div class="entry-content">{"".join(f"<p>{esc(p)}</p>" for p in body)}</div></div></article>
<div class="berita-lainnya"><h3>Berita Lainnya</h3>{more}</div>
</main></div><div class="widget-area sidebar"><div class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{side}</ul></div></div></div></div>
<div class="site-footer">&copy; 2024 Dinas Kominfo Kabupaten Sikka</div></body></html>
"""
    return "pemkab-article-short-with-latest", markup, {"title": title, "paragraphs": body}


def liputan6_article():
    """A liputan6 article whose body holds "Baca Juga" boxes of three unlabelled links each,
    followed by a latest-news list with summaries."""
    title = "Bawaslu Temukan Surat Edaran Camat yang Arahkan Kades Dukung Calon"
    body = [
        "Liputan6.com, Ende - Badan Pengawas Pemilu Kabupaten Ende menemukan surat edaran seorang camat yang meminta para kepala desa menyukseskan kegiatan salah satu pasangan calon bupati.",
        "Surat bertanggal 30 September 2024 itu beredar di grup percakapan kepala desa sebelum akhirnya dilaporkan warga ke panitia pengawas kecamatan. Dalam surat tersebut, camat meminta kepala desa menyiapkan warga untuk menyambut kunjungan calon.",
        "Koordinator Divisi Penanganan Pelanggaran Bawaslu Ende, Fransiskus Mbulu, mengatakan surat itu berkop resmi kecamatan dan dibubuhi stempel dinas. Hal itu membuat dugaan pelanggaran menjadi lebih serius.",
        "\"Kami sudah meminta klarifikasi camat yang bersangkutan. Ia mengakui surat itu dibuat stafnya dan ditandatangani tanpa membaca isinya,\" ujar Fransiskus.",
        "Bawaslu Ende akan meneruskan hasil kajian kepada Badan Kepegawaian Negara dalam waktu tujuh hari. Pemerintah kabupaten menyatakan siap menjatuhkan sanksi setelah rekomendasi diterima.",
    ]
    box1, box2 = pick(6, 3), pick(16, 3)
    latest = pick(26, 10)

    def box(items):
        return ('<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul class="baca-juga-collections__list">'
                + "".join(f'<li class="baca-juga-collections__item"><a href="https://www.liputan6.com/regional/read/57{k}/{slugify(h)}" class="baca-juga-collections__link">{esc(h)}</a></li>'
                          for k, (h, _, _) in enumerate(items)) + "</ul></div>")
    parts = [f"<p>{esc(body[0])}</p>", f"<p>{esc(body[1])}</p>", box(box1), f"<p>{esc(body[2])}</p>", f"<p>{esc(body[3])}</p>", box(box2), f"<p>{esc(body[4])}</p>"]
    rows = "".join(f'<article class="articles--rows--item"><h4 class="articles--rows--item__title"><a href="https://www.liputan6.com/news/read/58{k}/{slugify(h)}">{esc(h)}</a></h4>'
                   f'<div class="articles--rows--item__summary">{esc(t)}</div><time>{stamp(k)}</time></article>' for k, (h, t, _) in enumerate(latest))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - Regional Liputan6.com</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="liputan6.com"><link rel="canonical" href="https://www.liputan6.com/regional/read/5740123/{slugify(title)}"></head>
<body><header class="navbar"><a href="https://www.liputan6.com">Liputan6.com</a><nav><a href="/news">News</a> <a href="/regional">Regional</a></nav></header>
<div id="main"><article class="main read-page--content"><header class="read-page--header"><h1 class="read-page--header--title">{esc(title)}</h1>
<div class="read-page--header--author__name">Dionisius Wilibardus</div><time class="read-page--header--author__datetime">08 Okt 2024, 19:05 WIB</time></header>
<div class="article-content-body__item-content">{"".join(parts)}</div></article>
<div class="articles--rows"><h3>Berita Terkini</h3>{rows}</div></div>
<footer class="footer">Copyright &copy; 2024 Liputan6.com</footer></body></html>
"""
    return "liputan6-article-baca-juga-boxes", markup, {"title": title, "paragraphs": body}


def detik_short():
    """A short detik article (three paragraphs) with related, popular and recommended lists
    that together hold more text than it."""
    title = "Dua Kades di Flores Timur Dipanggil Bawaslu karena Pose Jari"
    body = [
        "Larantuka - Bawaslu Flores Timur memanggil dua kepala desa yang berfoto dengan pose jari menyerupai nomor urut pasangan calon bupati saat acara adat di Kecamatan Wulanggitang.",
        "Ketua Bawaslu Flores Timur, Yosef Kelen, mengatakan foto itu diunggah akun media sosial tim pemenangan dan sudah dibagikan ratusan kali. Kedua kepala desa diminta hadir untuk klarifikasi pada Selasa pekan depan.",
        "\"Pose jari itu mungkin dianggap sepele, tetapi bagi kepala desa ada larangan tegas untuk berpihak,\" kata Yosef.",
    ]
    related = pick(10, 10)
    popular = pick(20, 10)
    rec = pick(30, 8)
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)}</title><meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="detikBali">
<link rel="canonical" href="https://www.detik.com/bali/nusra/d-7580011/{slugify(title)}"></head>
<body class="detail-article"><header class="header"><nav class="navbar"><ul class="nav"><li><a href="/bali">detikBali</a></li><li><a href="/bali/nusra">Nusra</a></li></ul></nav></header>
<div class="container"><div class="column-8"><article class="detail"><div class="detail__header"><h1 class="detail__title">{esc(title)}</h1>
<div class="detail__author">Simon Petrus Lewotobi - detikBali</div><div class="detail__date">Sabtu, 12 Okt 2024 08:40 WITA</div></div>
<div class="detail__body"><div class="detail__body-text itp_bodycontent">{"".join(f"<p>{esc(p)}</p>" for p in body)}<strong>(hsa/hsa)</strong></div>
<div class="detail__body-tag"><a href="/tag/netralitas">netralitas</a> <a href="/tag/flores-timur">flores timur</a></div></div></article>
<div class="list-content list-content--column"><div class="list-content__title"><h2>Berita Terkait</h2></div>
{"".join(f'<article class="list-content__item"><h3 class="media__title"><a href="https://www.detik.com/bali/d-7{k}/{slugify(h)}" class="media__link">{esc(h)}</a></h3><div class="media__date">{stamp(k)}</div></article>' for k, (h, _, _) in enumerate(related))}</div>
<div class="recommendation"><h2>Rekomendasi Berita</h2>{related_teasers(rec, "https://www.detik.com/bali/rekomendasi", "rec")}</div></div>
<div class="column-4"><div class="box cb-mostpop"><h2 class="title">Berita Terpopuler</h2>{"".join(f'<article class="list-content__item"><span>#{k}</span><h3 class="media__title"><a href="https://www.detik.com/bali/d-8{k}/{slugify(h)}" class="media__link">{esc(h)}</a></h3></article>' for k, (h, _, _) in enumerate(popular, 1))}</div></div></div>
<footer class="footer">Copyright @ 2024 detikcom</footer></body></html>
"""
    return "detik-article-short-long-lists", markup, {"title": title, "paragraphs": body}


def antara_article():
    """An antara article with "Baca juga" lines, then related and most-read lists and a
    recommendation grid with teasers."""
    title = "Pemprov NTT Minta Kepala Sekolah Tidak Libatkan Guru dalam Kampanye"
    body = [
        "Kupang (ANTARA) - Pemerintah Provinsi Nusa Tenggara Timur meminta kepala sekolah menengah atas dan kejuruan memastikan guru tidak dilibatkan dalam kegiatan kampanye pemilihan kepala daerah.",
        "Kepala Dinas Pendidikan dan Kebudayaan NTT, Ambrosius Kodo, mengatakan permintaan itu disampaikan lewat surat edaran kepada 720 sekolah di 22 kabupaten dan kota.",
        "Menurut dia, guru berstatus aparatur sipil negara maupun pegawai pemerintah dengan perjanjian kerja sama-sama terikat aturan netralitas. Sekolah juga dilarang menjadi tempat pertemuan tim pemenangan.",
        "\"Sekolah harus steril dari kegiatan politik praktis. Kepala sekolah yang membiarkan akan ikut diperiksa,\" ujar Ambrosius di Kupang, Rabu.",
        "Ia meminta orang tua murid melapor bila menemukan guru yang mengajak siswa berusia pemilih untuk memilih pasangan calon tertentu.",
    ]
    baca = pick(3, 2)
    related = pick(8, 6)
    mostread = pick(15, 10)
    rec = pick(25, 6)
    b = []
    for k, p in enumerate(body):
        b.append(esc(p))
        if k in (1, 3):
            h = baca[k // 2][0]
            b.append(f'<span class="baca-juga"><b>Baca juga: </b><a href="https://kupang.antaranews.com/berita/1{k}/{slugify(h)}">{esc(h)}</a></span>')
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - ANTARA News Kupang</title><meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Antara News Kupang"><link rel="canonical" href="https://kupang.antaranews.com/berita/140011/{slugify(title)}"></head>
<body><div id="wrapper"><header id="header"><ul class="main-menu"><li><a href="/politik">Politik</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul></header>
<div class="main-content"><div class="col-md-8"><div class="post-header"><h1 class="post-title">{esc(title)}</h1><p class="simple-share">Rabu, 9 Oktober 2024 13:10 WIB</p></div>
<div class="post-content clearfix">{"<br><br>".join(b)}<p class="text-muted">Pewarta: Benediktus Sridin Sulu Jahang<br>Editor: Stefanus Pabibi</p></div>
<div class="related-news"><h3 class="block-title">Berita Terkait</h3><ul>{"".join(f'<li><a href="https://kupang.antaranews.com/berita/13{k}/{slugify(h)}">{esc(h)}</a></li>' for k, (h, _, _) in enumerate(related))}</ul></div>
<div class="rekomendasi"><h3 class="block-title">Rekomendasi lain</h3>{related_teasers(rec, "https://kupang.antaranews.com/rekomendasi", "simple-post")}</div></div>
<div class="col-md-4"><div class="most-read"><h3 class="block-title">Terpopuler</h3><ol>{"".join(f'<li><a href="https://kupang.antaranews.com/berita/12{k}/{slugify(h)}">{esc(h)}</a></li>' for k, (h, _, _) in enumerate(mostread))}</ol></div></div></div>
<footer id="footer"><p>Copyright &copy; 2024 ANTARA</p></footer></div></body></html>
"""
    return "antara-article-related-and-most-read", markup, {"title": title, "paragraphs": body}


PAGES = [tribun_article, pemkab_short, liputan6_article, detik_short, antara_article]
