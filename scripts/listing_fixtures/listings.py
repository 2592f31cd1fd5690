"""Listing pages (front, index, section, tag and search pages) in the markup of several portals.

Each function returns (name, markup, links): `links` counts the links to articles the page
shows with their headline as text (list items, popular and editor's-pick boxes), which is
the number Pantau's reason "listing page (N article links)" must give. Image links, category
labels, "Selengkapnya" buttons, menus and pagination are not article links.
"""
from html import escape as esc

from stories import EXCERPTS, STORIES, slugify

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def stamp(k, long=False):
    day, hour, minute = 1 + k % 27, 7 + k % 14, (k * 7) % 60
    if long:
        return f"{DAYS[k % 7]}, {day:02d} Oktober 2024 {hour:02d}:{minute:02d} WIB"
    return f"{DAYS[k % 7]}, {day:02d} {MON[9]} 2024 {hour:02d}:{minute:02d} WIB"


def pick(start, count):
    return [STORIES[(start + i) % len(STORIES)] for i in range(count)]


def detik_indeks():
    """news.detik.com/indeks: headline and time only, twenty to a page, with a date filter."""
    items = pick(0, 20)
    popular = pick(20, 5)
    rows = []
    for k, (head, _, _) in enumerate(items):
        url = f"https://news.detik.com/berita/d-76{k:05d}/{slugify(head)}"
        rows.append(f'<article class="list-content__item"><div class="media media--left media--image-radius block-link">'
                    f'<div class="media__image"><a href="{url}" class="media__link" dtr-evt="indeks"><span class="ratiobox ratiobox--4-3 lqd">'
                    f'<img src="https://akcdn.detik.net.id/community/media/visual/2024/10/0{k % 9 + 1}/x.jpeg?w=250&q=" alt="{esc(head)}"></span></a></div>'
                    f'<div class="media__text"><h3 class="media__title"><a href="{url}" class="media__link" dtr-evt="indeks">{esc(head)}</a></h3>'
                    f'<div class="media__date"><span d-time="17277{k:05d}" title="{stamp(k)}">{k + 2} menit yang lalu</span></div></div></div></article>')
    pop = "".join(f'<article class="list-content__item"><span class="text-list__data">#{k}</span><h3 class="media__title">'
                  f'<a href="https://news.detik.com/berita/d-75{k:05d}/{slugify(h)}" class="media__link">{esc(h)}</a></h3></article>'
                  for k, (h, _, _) in enumerate(popular, 1))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Indeks Berita Hari Ini - detikNews</title>
<meta name="description" content="Indeks berita terkini dan terbaru hari ini dari detikNews">
<link rel="canonical" href="https://news.detik.com/indeks">
<meta property="og:site_name" content="detikNews"><meta property="og:type" content="website">
</head><body class="indeks">
<header class="header"><div class="header__logo"><a href="https://www.detik.com"><img src="https://cdn.detik.net.id/detik2/images/logo.png" alt="detikcom"></a></div>
<nav class="navbar navbar--main"><ul class="nav"><li><a href="https://news.detik.com">detikNews</a></li><li><a href="https://finance.detik.com">detikFinance</a></li>
<li><a href="https://sport.detik.com">detikSport</a></li><li><a href="https://inet.detik.com">detikInet</a></li><li><a href="https://news.detik.com/pemilu">Pilkada 2024</a></li></ul></nav></header>
<div class="container"><div class="grid-row content__bg"><div class="column-8">
<div class="page__breadcrumb"><a href="https://news.detik.com">detikNews</a> <a href="https://news.detik.com/indeks">Indeks</a></div>
<h1 class="page__title">Indeks Berita</h1>
<form class="form-indeks" action="https://news.detik.com/indeks"><label>Pilih tanggal</label><input type="text" name="date" value="10/01/2024"><button>Cari</button></form>
<div class="list-content">{"".join(rows)}</div>
<div class="pagination text-center mgt-16 mgb-16"><a class="pagination__item" href="#">Prev</a> <a class="pagination__item itp-pagination" href="#">1</a>
<a class="pagination__item" href="https://news.detik.com/indeks/2">2</a> <a class="pagination__item" href="https://news.detik.com/indeks/3">3</a> <a class="pagination__item" href="#">Next</a></div>
</div><div class="column-4 sticky"><div class="box cb-mostpop"><div class="box__header"><h2 class="title">Berita Terpopuler</h2></div><div class="list-content">{pop}</div></div></div>
</div></div>
<footer class="footer"><ul class="footer__nav"><li><a href="#">Redaksi</a></li><li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Karir</a></li></ul>
<div class="footer__copyright">Copyright @ 2024 detikcom, All right reserved</div></footer>
<script>var dtkIndeks = {{"kanal": "news", "page": 1}};</script>
</body></html>
"""
    return "detik-indeks-berita", markup, len(items) + len(popular)


def kompas_front():
    """kompas.com's front page: a headline slider, the latest list, most-read and editor's picks."""
    slider = pick(3, 5)
    latest = pick(8, 15)
    popular = pick(23, 10)
    picks = pick(30, 6)

    def url(k, head):
        return f"https://regional.kompas.com/read/2024/10/{k % 28 + 1:02d}/0{k}1500078/{slugify(head)}"
    slides = "".join(f'<div class="headline__big__item"><a class="headline__big__link" href="{url(k, h)}"><div class="headline__big__img"><img src="https://asset.kompas.com/crops/x{k}.jpg" alt=""></div>'
                     f'</a><div class="headline__big__channel">{c}</div><h2 class="hlTitle"><a href="{url(k, h)}">{esc(h)}</a></h2></div>'
                     for k, (h, _, c) in enumerate(slider))
    rows = "".join(f'<div class="latest--news mt2 clearfix"><div class="article__list clearfix"><div class="article__list__asset clearfix"><div class="article__asset">'
                   f'<a href="{url(k + 10, h)}"><img src="https://asset.kompas.com/crops/l{k}.jpg" alt=""></a></div></div>'
                   f'<div class="article__list__title"><h3 class="article__title article__title--medium"><a class="article__link" href="{url(k + 10, h)}">{esc(h)}</a></h3></div>'
                   f'<div class="article__list__info"><div class="article__subtitle article__subtitle--inline">{c}</div><div class="article__date">{stamp(k)}</div></div></div></div>'
                   for k, (h, _, c) in enumerate(latest))
    pop = "".join(f'<div class="most__item"><div class="most__count">{k}</div><a class="most__link" href="{url(k + 40, h)}"><h4 class="most__title">{esc(h)}</h4>'
                  f'<div class="most__read">Dibaca {900 + k * 37} kali</div></a></div>' for k, (h, _, _) in enumerate(popular, 1))
    edit = "".join(f'<div class="article__grid"><div class="article__asset"><a href="{url(k + 60, h)}"><img src="https://asset.kompas.com/crops/p{k}.jpg" alt=""></a></div>'
                   f'<h3 class="article__title article__title--medium"><a class="article__link" href="{url(k + 60, h)}">{esc(h)}</a></h3></div>'
                   for k, (h, _, _) in enumerate(picks))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8"><title>Kompas.com - Berita Terkini dan Terbaru Hari Ini Indonesia dan Dunia</title>
<meta name="description" content="Berita terkini dan terbaru hari ini dari Indonesia dan dunia, berita politik, hukum, ekonomi, bisnis, olahraga.">
<meta property="og:site_name" content="KOMPAS.com"><meta property="og:url" content="https://www.kompas.com/"><link rel="canonical" href="https://www.kompas.com/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebSite","url":"https://www.kompas.com/","name":"Kompas.com"}}</script>
</head><body>
<div class="header"><div class="logo"><a href="https://www.kompas.com/"><img src="https://asset.kompas.com/data/logo.png" alt="Kompas.com"></a></div>
<div class="nav"><ul class="nav__wrap"><li class="nav__item"><a href="https://nasional.kompas.com">Nasional</a></li><li class="nav__item"><a href="https://regional.kompas.com">Regional</a></li>
<li class="nav__item"><a href="https://money.kompas.com">Money</a></li><li class="nav__item"><a href="https://bola.kompas.com">Bola</a></li><li class="nav__item"><a href="https://www.kompas.com/pilkada">Pilkada</a></li></ul></div></div>
<div class="container clearfix"><div class="row"><div class="col-bs12-8">
<div class="headline"><div class="headline__big">{slides}</div></div>
<div class="latest ga--latest mt2 clearfix"><div class="title__content"><h2>Terkini</h2></div>{rows}
<div class="latest__more"><a href="https://indeks.kompas.com" class="button">Lihat Semua</a></div></div>
<div class="editor-pick"><div class="title__content"><h2>Pilihan Editor</h2></div><div class="article__grid__wrap">{edit}</div></div>
</div><div class="col-bs12-4"><div class="most mt2"><div class="title__content"><h2>Terpopuler</h2></div>{pop}</div>
<div class="ads"><div id="div-gpt-ad-rectangle-1"></div></div></div></div></div>
<div class="footer"><div class="footer__copy">Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.</div></div>
</body></html>
"""
    return "kompas-front-page", markup, len(slider) + len(latest) + len(popular) + len(picks)


def tribun_section():
    """tribunnews.com/regional: a section page, each item with its teaser."""
    items = pick(5, 15)
    popular = pick(21, 10)
    rows = "".join(f'<li class="ptb15"><div class="fr mt5 pos_rel"><a href="https://www.tribunnews.com/regional/2024/10/{k + 1:02d}/{slugify(h)}" title="{esc(h)}">'
                   f'<img class="shou2" src="https://asset-2.tstatic.net/tribunnews/foto/images/thumbnails/x{k}.jpg" alt="{esc(h)}"></a></div>'
                   f'<h3 class="f20 ln24 fbo"><a class="f20 ln24 fbo txt-oev-2" href="https://www.tribunnews.com/regional/2024/10/{k + 1:02d}/{slugify(h)}" title="{esc(h)}">{esc(h)}</a></h3>'
                   f'<div class="grey2 pt5 f13 ln18 txt-oev-2">{esc(t)}</div>'
                   f'<div class="grey pt5"><time class="foot timeago" title="2024-10-{k + 1:02d} 10:{k:02d}:00"><span class="foot">{stamp(k)}</span></time></div></li>'
                   for k, (h, t, _) in enumerate(items))
    pop = "".join(f'<li><span class="no">{k}</span><div class="mr140"><h4><a class="fbo f15 txt-oev-3" href="https://www.tribunnews.com/regional/2024/09/{k:02d}/{slugify(h)}">{esc(h)}</a></h4></div></li>'
                  for k, (h, _, _) in enumerate(popular, 1))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Berita Regional Terkini Hari Ini - Tribunnews.com</title>
<meta name="description" content="Berita regional terbaru hari ini dari seluruh daerah di Indonesia">
<meta property="og:site_name" content="Tribunnews.com"><link rel="canonical" href="https://www.tribunnews.com/regional">
<script>var tribunSection = "regional";</script></head><body>
<div id="header"><div class="main-menu"><ul><li><a href="https://www.tribunnews.com/">Home</a></li><li><a href="https://www.tribunnews.com/nasional">Nasional</a></li>
<li><a href="https://www.tribunnews.com/regional">Regional</a></li><li><a href="https://www.tribunnews.com/bisnis">Bisnis</a></li><li><a href="https://www.tribunnews.com/superskor">Superskor</a></li></ul></div></div>
<div class="main"><div class="content"><div class="fl w677"><h1 class="f24 fbo mt10">Regional</h1>
<div class="mb20"><ul class="lsi">{rows}</ul></div>
<div id="paginga" class="paging"><a href="#">1</a><a href="https://www.tribunnews.com/regional?page=2">2</a><a href="https://www.tribunnews.com/regional?page=3">3</a><a href="https://www.tribunnews.com/regional?page=2">Next</a></div></div>
<div class="fr w300"><div class="populer mb20"><h3 class="f20 fbo">Terpopuler</h3><ul>{pop}</ul></div>
<div class="ads" id="ads-sidebar"><div id="div-gpt-ad-medium-rectangle"></div></div></div></div></div>
<div id="footer"><div class="copyright">Copyright &copy; 2024 Tribunnews.com, All Rights Reserved</div><div class="footer-link"><a href="#">Redaksi</a> | <a href="#">Tentang Kami</a> | <a href="#">Pedoman Media Siber</a></div></div>
</body></html>
"""
    return "tribun-section-regional", markup, len(items) + len(popular)


def antara_terkini():
    """antaranews.com/terkini: simple-post items with channel, time and a teaser."""
    items = pick(12, 12)
    rows = "".join(f'<article class="simple-post simple-big clearfix"><picture><a href="https://www.antaranews.com/berita/42{k:05d}/{slugify(h)}">'
                   f'<img class="lazyload" data-src="https://cdn.antaranews.com/cache/270x180/2024/10/x{k}.jpg" alt="{esc(h)}"></a></picture>'
                   f'<header><h3><a href="https://www.antaranews.com/berita/42{k:05d}/{slugify(h)}" title="{esc(h)}">{esc(h)}</a></h3>'
                   f'<p class="simple-share"><a href="https://www.antaranews.com/{c.lower()}">{c}</a> <span><i class="fa fa-clock-o"></i> {k + 1} jam lalu</span></p></header>'
                   f'<p>{esc(t)}</p></article>'
                   for k, (h, t, c) in enumerate(items))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Berita Terkini Hari Ini - ANTARA News</title>
<meta name="description" content="Berita terkini hari ini dari ANTARA, kantor berita Indonesia">
<meta property="og:site_name" content="Antara News"><link rel="canonical" href="https://www.antaranews.com/terkini"></head>
<body><div id="wrapper"><header id="header"><div class="logo"><a href="https://www.antaranews.com/"><img src="https://static.antaranews.com/img/antaranews.png" alt="ANTARA"></a></div>
<ul class="main-menu"><li><a href="https://www.antaranews.com/politik">Politik</a></li><li><a href="https://www.antaranews.com/hukum">Hukum</a></li>
<li><a href="https://www.antaranews.com/ekonomi">Ekonomi</a></li><li><a href="https://www.antaranews.com/olahraga">Olahraga</a></li></ul></header>
<div class="main-content mag-content clearfix"><div class="row"><div class="col-md-8">
<div class="block-title"><h1 class="title">Berita Terkini</h1></div>
<div class="post-content clearfix">{rows}</div>
<ul class="pagination pagination-sm"><li class="active"><a href="#">1</a></li><li><a href="https://www.antaranews.com/terkini/2">2</a></li><li><a href="https://www.antaranews.com/terkini/3">3</a></li><li><a href="https://www.antaranews.com/terkini/2">&raquo;</a></li></ul>
</div><div class="col-md-4"><div class="ads_antara" id="ads-side"></div></div></div></div>
<footer id="footer"><p>Copyright &copy; 2024 ANTARA</p></footer></div></body></html>
"""
    return "antara-berita-terkini", markup, len(items)


def okezone_tag():
    """okezone.com tag page: headline, time and a snippet cut off with "..." per item."""
    items = pick(1, 10)
    rows = "".join(f'<li class="col-md-12 p-nol m-nol hei-index"><div class="wp-thumb-news"><a href="https://news.okezone.com/read/2024/10/{k + 1:02d}/340/30{k:05d}/{slugify(h)}">'
                   f'<img src="https://img.okezone.com/content/2024/10/{k + 1:02d}/x.jpg" alt=""></a></div>'
                   f'<div class="content-hardnews"><h4 class="f17"><a href="https://news.okezone.com/read/2024/10/{k + 1:02d}/340/30{k:05d}/{slugify(h)}" class="ga_Tag">{esc(h)}</a></h4>'
                   f'<time class="category-hardnews">{stamp(k, long=True)}</time>'
                   f'<div class="snippet">{esc(t[:110].rsplit(" ", 1)[0])}...</div></div></li>'
                   for k, (h, t, _) in enumerate(items))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Berita Netralitas ASN Terbaru Hari Ini - Okezone</title>
<meta name="keywords" content="netralitas asn, pilkada 2024"><meta property="og:site_name" content="Okezone">
<link rel="canonical" href="https://www.okezone.com/tag/netralitas-asn"></head>
<body><div class="header"><div class="logo"><a href="https://www.okezone.com"><img src="https://cdn.okezone.com/logo.png" alt="okezone"></a></div>
<div class="nav-kanal"><a href="https://news.okezone.com">News</a> <a href="https://economy.okezone.com">Economy</a> <a href="https://sports.okezone.com">Sports</a> <a href="https://celebrity.okezone.com">Celebrity</a></div></div>
<div class="container"><div class="col-md-8"><div class="title-tag"><h1>Netralitas ASN</h1></div>
<ul class="list-berita">{rows}</ul>
<div class="pagination-komentar"><a href="#">1</a> <a href="https://www.okezone.com/tag/netralitas-asn/10">2</a> <a href="https://www.okezone.com/tag/netralitas-asn/20">3</a></div></div>
<div class="col-md-4"><div class="ads-300"></div></div></div>
<div class="footer">Copyright &copy; 2024 Okezone.com, All Rights Reserved</div></body></html>
"""
    return "okezone-tag-netralitas-asn", markup, len(items)


def liputan6_tag():
    """liputan6.com/tag: iridescent-list items with category, headline, summary and time."""
    items = pick(9, 12)
    rows = "".join(f'<article class="articles--iridescent-list--item articles--iridescent-list--text-item"><aside class="articles--iridescent-list--text-item__figure">'
                   f'<a href="https://www.liputan6.com/news/read/57{k:05d}/{slugify(h)}" class="ui--a articles--iridescent-list--text-item__figure-link"><picture><img src="https://cdn1-production-images-kly.akamaized.net/x{k}.jpg" alt=""></picture></a></aside>'
                   f'<div class="articles--iridescent-list--text-item__details"><header class="articles--iridescent-list--text-item__header">'
                   f'<a href="https://www.liputan6.com/{c.lower()}" class="articles--iridescent-list--text-item__category">{c}</a>'
                   f'<h4 class="articles--iridescent-list--text-item__title"><a href="https://www.liputan6.com/news/read/57{k:05d}/{slugify(h)}" class="ui--a articles--iridescent-list--text-item__title-link">'
                   f'<span class="articles--iridescent-list--text-item__title-link-text">{esc(h)}</span></a></h4></header>'
                   f'<div class="articles--iridescent-list--text-item__summary articles--iridescent-list--text-item__summary-seo">{esc(t)}</div>'
                   f'<div class="articles--iridescent-list--text-item__time"><time class="timeago" datetime="2024-10-{k + 1:02d} 09:{k:02d}:00">{k + 3} jam yang lalu</time></div></div></article>'
                   for k, (h, t, c) in enumerate(items))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Berita Pilkada 2024 Hari Ini - Kabar Terbaru Terkini | Liputan6.com</title>
<meta property="og:site_name" content="liputan6.com"><link rel="canonical" href="https://www.liputan6.com/tag/pilkada-2024"></head>
<body class="tag-page"><header class="navbar"><div class="navbar--top"><a href="https://www.liputan6.com" class="navbar--top--logo">Liputan6.com</a></div>
<nav class="navbar--menu"><a href="https://www.liputan6.com/news">News</a> <a href="https://www.liputan6.com/bisnis">Bisnis</a> <a href="https://www.liputan6.com/bola">Bola</a> <a href="https://www.liputan6.com/regional">Regional</a></nav></header>
<div id="main" class="container-main"><div class="tag--header"><h1 class="tag--header__title">Pilkada 2024</h1><div class="tag--header__follow"><button>Ikuti</button></div></div>
<div class="articles--iridescent-list">{rows}</div>
<div class="simple-pagination"><a href="https://www.liputan6.com/tag/pilkada-2024?page=2" class="simple-pagination__next-link">Berikutnya</a></div></div>
<footer class="footer"><div class="footer--copyright">Copyright &copy; 2024 Liputan6.com KLY KapanLagi Youniverse All Rights Reserved</div></footer>
</body></html>
"""
    return "liputan6-tag-pilkada", markup, len(items)


def pemkab_berita():
    """A Pemkab site's news list (WordPress theme): title, meta line, 55-word excerpt, "Selengkapnya"."""
    heads = [s[0] for s in pick(18, len(EXCERPTS))]
    agenda = ["Rapat Koordinasi Pengawasan Pilkada Tingkat Kabupaten", "Pelantikan Pejabat Administrator dan Pengawas",
              "Musyawarah Perencanaan Pembangunan Kecamatan Alok", "Apel Siaga Pengamanan Tahapan Pemungutan Suara"]
    rows = "".join(f'<article class="post type-post status-publish format-standard hentry category-berita"><div class="inside-article">'
                   f'<header class="entry-header"><h2 class="entry-title"><a href="https://sikkakab.go.id/{2024}/09/{k + 2:02d}/{slugify(h)}/" rel="bookmark">{esc(h)}</a></h2>'
                   f'<div class="entry-meta"><span class="byline">Diposting oleh <span class="author vcard">Admin Diskominfo</span></span> | <span class="posted-on">{k + 2} September 2024</span></div></header>'
                   f'<div class="entry-summary"><p>{esc(x)} [&hellip;]</p></div>'
                   f'<footer class="entry-meta"><a class="more-link" href="https://sikkakab.go.id/2024/09/{k + 2:02d}/{slugify(h)}/">Selengkapnya</a></footer></div></article>'
                   for k, (h, x) in enumerate(zip(heads, EXCERPTS)))
    side = "".join(f'<li><a href="https://sikkakab.go.id/agenda/{slugify(a)}/">{esc(a)}</a></li>' for a in agenda)
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8"><title>Berita &#8211; Pemerintah Kabupaten Sikka</title>
<link rel="canonical" href="https://sikkakab.go.id/category/berita/"><meta property="og:site_name" content="Pemerintah Kabupaten Sikka"></head>
<body class="archive category category-berita right-sidebar">
<div class="top-bar"><div class="inside-top-bar">Layanan Pengaduan: <a href="https://lapor.go.id">LAPOR!</a></div></div>
<header class="site-header"><div class="site-branding"><p class="main-title"><a href="https://sikkakab.go.id/">Pemerintah Kabupaten Sikka</a></p></div>
<nav class="main-navigation"><ul class="menu"><li><a href="https://sikkakab.go.id/">Beranda</a></li><li><a href="https://sikkakab.go.id/profil/">Profil</a></li><li><a href="https://sikkakab.go.id/category/berita/">Berita</a></li><li><a href="https://sikkakab.go.id/layanan/">Layanan</a></li></ul></nav></header>
<div class="site grid-container container" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<header class="page-header"><h1 class="page-title">Kategori: Berita</h1></header>
{rows}
<nav id="nav-below" class="paging-navigation"><div class="nav-links"><span class="page-numbers current">1</span><a class="page-numbers" href="https://sikkakab.go.id/category/berita/page/2/">2</a><a class="next page-numbers" href="https://sikkakab.go.id/category/berita/page/2/">Berikutnya &rarr;</a></div></nav>
</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget"><h2 class="widget-title">Agenda Kegiatan</h2><ul>{side}</ul></aside></div></div></div></div>
<div class="site-footer"><div class="site-info">&copy; 2024 Dinas Kominfo Kabupaten Sikka</div></div>
</body></html>
"""
    # The agenda is inside <aside>, which Pantau never reads: only the posts count.
    return "pemkab-sikka-kategori-berita", markup, len(heads)


def regional_flat():
    """A small regional portal whose index has no item boxes: headline, date line and teaser
    follow one another in one column."""
    items = pick(14, 12)
    rows = "".join(f'<h2 class="judul"><a href="https://www.florespost.example/berita/{slugify(h)}">{esc(h)}</a></h2>'
                   f'<p class="tanggal">{stamp(k, long=True)}</p><p>{esc(t)}</p>'
                   for k, (h, t, _) in enumerate(items))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Berita Terbaru | Suara Flores</title></head>
<body><div id="header"><h1 class="logo">Suara Flores</h1><ul id="menu"><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li><li><a href="/politik">Politik</a></li></ul></div>
<div id="content">{rows}<div class="paging"><a href="/page/2">Berita Sebelumnya</a></div></div>
<div id="footer">&copy; 2024 Suara Flores</div></body></html>
"""
    return "regional-flat-berita-terbaru", markup, len(items)


def kompasiana_front():
    """kompasiana.com's front page: writers' posts with author line and a two-line excerpt."""
    items = pick(24, 12)
    rows = "".join(f'<div class="timeline--item"><div class="artikel--grid"><div class="artikel--content">'
                   f'<div class="user-info"><a href="https://www.kompasiana.com/penulis{k}">Penulis Warga {k + 1}</a></div>'
                   f'<h2><a href="https://www.kompasiana.com/penulis{k}/67{k:04d}/{slugify(h)}">{esc(h)}</a></h2>'
                   f'<div class="text-excerpt">{esc(t)}</div>'
                   f'<div class="meta"><span class="category">{c}</span> <span class="date">{stamp(k)}</span> <span class="view">Dibaca {120 + k * 9}</span></div></div></div></div>'
                   for k, (h, t, c) in enumerate(items))
    markup = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Kompasiana.com - Beyond Blogging</title><meta property="og:site_name" content="KOMPASIANA"></head>
<body><div class="header"><a href="https://www.kompasiana.com" class="logo">Kompasiana</a><div class="menu"><a href="#">Terbaru</a> <a href="#">Terpopuler</a> <a href="#">Pilihan</a> <a href="#">Topik</a></div></div>
<div class="container"><div class="row"><div class="col-lg-8"><div class="timeline">{rows}</div><a class="btn-more" href="#">Muat Lebih Banyak</a></div>
<div class="col-lg-4"><div class="widget-box"><h3>Topik Pilihan</h3><a href="#">#Pilkada2024</a> <a href="#">#NetralitasASN</a></div></div></div></div>
<div class="footer">Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.</div>
</body></html>
"""
    return "kompasiana-front-page", markup, len(items)


PAGES = [detik_indeks, kompas_front, tribun_section, antara_terkini, okezone_tag, liputan6_tag, pemkab_berita,
         regional_flat, kompasiana_front]
