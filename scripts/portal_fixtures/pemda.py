"""Pemkab/Pemkot/Pemprov press pages: each regional government runs its own CMS."""
import json

from common import GOLD_KINDS, When, esc, gold_html, jsonld, text_of


def items_html(body, p_attr=""):
    out = []
    for item in body:
        kind = item[0]
        if kind in GOLD_KINDS:
            out.append(gold_html(item, paragraph=lambda v: f"<p{p_attr}>{v}</p>", quote_in_p=True))
        elif kind == "img":
            out.append(f'<div class="wp-caption aligncenter"><img src="/uploads/foto-kegiatan.jpg" alt=""><p class="wp-caption-text">{esc(item[1])}</p></div>')
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                out.append(f'<p><strong>Baca Juga :</strong> <a href="/berita/{"-".join(h.lower().split())}">{esc(h)}</a></p>')
    return "\n".join(out)


def wordpress(page):
    """A WordPress theme with Yoast SEO's JSON-LD graph, Jetpack sharing and a comment form."""
    w = When(page["published"])
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": page["url"] + "#article", "isPartOf": {"@id": page["url"]},
         "author": {"name": page["author"], "@id": "https://banyuwangikab.go.id/#/schema/person/7f3a"},
         "headline": page["title"], "datePublished": page["published"], "dateModified": page["published"],
         "mainEntityOfPage": {"@id": page["url"]}, "wordCount": len(text_of(" ".join(i[1] for i in page["body"] if i[0] == "p")).split()),
         "publisher": {"@id": "https://banyuwangikab.go.id/#organization"}, "articleSection": ["Berita", "Pemerintahan"], "inLanguage": "id"},
        {"@type": "WebPage", "@id": page["url"], "url": page["url"], "name": page["title"] + " - Pemerintah Kabupaten Banyuwangi",
         "datePublished": page["published"], "inLanguage": "id"},
        {"@type": "Organization", "@id": "https://banyuwangikab.go.id/#organization", "name": "Pemerintah Kabupaten Banyuwangi", "url": "https://banyuwangikab.go.id/"},
    ]}
    return f"""<!DOCTYPE html>
<html lang="id" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page["title"])} - Pemerintah Kabupaten Banyuwangi</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{page["url"]}">
<meta property="og:locale" content="id_ID">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(page["title"])} - Pemerintah Kabupaten Banyuwangi">
<meta property="og:url" content="{page["url"]}">
<meta property="og:site_name" content="Pemerintah Kabupaten Banyuwangi">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Ditulis oleh">
<meta name="twitter:data1" content="{esc(page["author"])}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://banyuwangikab.go.id/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all">
<link rel="stylesheet" id="generatepress-css" href="https://banyuwangikab.go.id/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<script src="https://banyuwangikab.go.id/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-{page["postid"]} single-format-standard wp-embed-responsive right-sidebar">
<a class="screen-reader-text skip-link" href="#content">Lewati ke konten</a>
<div class="top-bar"><div class="inside-top-bar">Layanan Pengaduan: 0333-424172 | <a href="https://lapor.go.id">LAPOR!</a></div></div>
<header class="site-header" id="masthead"><div class="inside-header"><div class="site-branding"><p class="main-title"><a href="https://banyuwangikab.go.id/" rel="home">Pemerintah Kabupaten Banyuwangi</a></p><p class="site-description">Website Resmi Pemkab Banyuwangi</p></div>
<nav id="site-navigation" class="main-navigation"><div class="inside-navigation"><ul id="menu-utama" class="menu">
<li class="menu-item"><a href="https://banyuwangikab.go.id/">Beranda</a></li><li class="menu-item"><a href="https://banyuwangikab.go.id/profil">Profil</a></li>
<li class="menu-item"><a href="https://banyuwangikab.go.id/berita">Berita</a></li><li class="menu-item"><a href="https://banyuwangikab.go.id/layanan">Layanan Publik</a></li>
<li class="menu-item"><a href="https://banyuwangikab.go.id/ppid">PPID</a></li><li class="menu-item"><a href="https://banyuwangikab.go.id/kontak">Kontak</a></li></ul></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-{page["postid"]}" class="post-{page["postid"]} post type-post status-publish format-standard has-post-thumbnail hentry category-berita" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">{esc(page["title"])}</h1>
<div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="{page["published"]}" itemprop="datePublished">{w.d} {w.month} {w.y}</time></span> <span class="byline">oleh <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://banyuwangikab.go.id/author/humas/" title="Lihat semua tulisan oleh {esc(page["author"])}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{esc(page["author"])}</span></a></span></span>
</div>
</header>
<div class="featured-image page-header-image-single"><img width="1024" height="683" src="https://banyuwangikab.go.id/wp-content/uploads/{w.y}/{w.mm}/sosialisasi-netralitas.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"></div>
<div class="entry-content" itemprop="text">
{items_html(page["body"])}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="?share=x" target="_blank"><span>X</span></a></li>
<li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" class="share-jetpack-whatsapp sd-button share-icon" href="?share=jetpack-whatsapp" target="_blank"><span>WhatsApp</span></a></li>
</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3>
{"".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{esc(r)}</a></h4><p class="jp-relatedposts-post-date">{w.d} {w.month} {w.y}</p><p class="jp-relatedposts-post-context">Dalam &quot;Berita&quot;</p></div>' for r in page["related"])}
</div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Kategori </span><a href="https://banyuwangikab.go.id/category/berita/" rel="category tag">Berita</a>, <a href="#" rel="category tag">Pemerintahan</a></span> <span class="tags-links"><span class="screen-reader-text">Tag </span>{", ".join(f'<a href="#" rel="tag">{esc(t)}</a>' for t in page["tags"])}</span>
<nav id="nav-below" class="post-navigation" aria-label="Pos"><div class="nav-previous"><span class="prev"><a href="#" rel="prev">{esc(page["prev"])}</a></span></div><div class="nav-next"><span class="next"><a href="#" rel="next">{esc(page["next"])}</a></span></div></nav>
</footer>
</div>
</article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>
<form action="https://banyuwangikab.go.id/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Komentar</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://banyuwangikab.go.id/"><input type="search" class="search-field" placeholder="Cari &hellip;" name="s"></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{"".join(f'<li><a href="#">{esc(r)}</a></li>' for r in page["recent"])}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Arsip</h2><ul><li><a href="#">September 2024</a></li><li><a href="#">Agustus 2024</a></li><li><a href="#">Juli 2024</a></li></ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Situs"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2024 Pemerintah Kabupaten Banyuwangi &bull; Dikelola oleh Dinas Komunikasi, Informatika dan Persandian</div></div></footer></div>
<script id="generate-menu-js" src="https://banyuwangikab.go.id/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
<script src="https://stats.wp.com/e-202437.js" defer></script>
</body>
</html>
"""


def joomla(page):
    """A Joomla 3 site that still declares ISO-8859-1."""
    w = When(page["published"])
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="id-id" lang="id-id" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="content-type" content="text/html; charset=iso-8859-1" />
<meta name="keywords" content="palangka raya, netralitas asn, pilkada 2024, kalimantan tengah" />
<meta name="author" content="{esc(page["author"])}" />
<meta name="description" content="Situs resmi Pemerintah Kota Palangka Raya" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(page["title"])} - Pemerintah Kota Palangka Raya</title>
<link href="{page["url"]}" rel="canonical" />
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?8f2a1c" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8f2a1c"></script>
<script src="/media/system/js/caption.js?8f2a1c"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/logo-palangkaraya.png" alt="Pemerintah Kota Palangka Raya" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/berita" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Cari</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Cari..." /></form></div></div></div>
</header>
<div class="navigation">
<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">Beranda</a></li><li class="item-102"><a href="/index.php/profil">Profil Kota</a></li><li class="item-112 current active"><a href="/index.php/berita">Berita</a></li><li class="item-113"><a href="/index.php/pengumuman">Pengumuman</a></li><li class="item-114"><a href="/index.php/galeri">Galeri</a></li><li class="item-115"><a href="/index.php/kontak">Kontak</a></li></ul>
</div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Anda di sini: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Beranda</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/berita" class="pathway"><span itemprop="name">Berita</span></a></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="id-ID" />
<div class="page-header">
<h2 itemprop="headline">{esc(page["title"])}</h2>
</div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">Cetak</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Rincian</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Ditulis oleh <span itemprop="name">{esc(page["author"])}</span></dd>
<dd class="category-name">Kategori: <a href="/index.php/berita" itemprop="genre">Berita Daerah</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{page["published"]}" itemprop="datePublished">Diterbitkan: {w.day}, {w.dd} {w.month} {w.y} {w.hm}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{page["hits"]}" />Dilihat: {page["hits"]}</dd>
</dl>
<div itemprop="articleBody">
<p style="text-align: center;"><img class="caption" src="/images/berita/{w.y}/rakor-netralitas.jpg" alt="Rakor netralitas" title="{esc(page["caption"])}" /></p>
{items_html(page["body"], ' style="text-align: justify;"')}
</div>
<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="{esc(page["prev"])}" href="#" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Sebelumnya</span></a></li>
<li class="next"><a class="hasTooltip" title="{esc(page["next"])}" href="#" rel="next"><span aria-hidden="true">Selanjutnya</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
</ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Berita Terbaru</h3><ul class="latestnews mod-list">{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">{esc(r)}</span></a></li>' for r in page["recent"])}</ul></div>
<div class="well "><h3 class="page-header">Statistik Pengunjung</h3><div class="stats">Hari ini: 1.204<br />Kemarin: 1.377<br />Total: 2.418.551</div></div>
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>&copy; 2024 Pemerintah Kota Palangka Raya</p></div></footer>
</body>
</html>
"""


def bootstrap_cms(page):
    """A provincial portal on a home-grown Bootstrap CMS: no meta for author or date."""
    w = When(page["published"])
    return f"""<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-token" content="pQk3v0Jr8ZxW2m1sYt6bNc4aLhE9uDfG">
<title>{esc(page["title"])} | Pemerintah Provinsi Sulawesi Tenggara</title>
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:url" content="{page["url"]}">
<meta property="og:image" content="https://sultraprov.go.id/storage/berita/{w.y}/{w.mm}/pakta-netralitas.jpg">
<link rel="stylesheet" href="https://sultraprov.go.id/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="https://sultraprov.go.id/assets/css/style.css?v=1.3">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-SULTRA"></script>
</head>
<body>
<div class="cookie-consent-banner" id="cookieConsent"><div class="container"><span>Situs ini menggunakan cookie untuk meningkatkan layanan. Dengan terus menggunakan situs ini, Anda menyetujui penggunaan cookie.</span> <button class="btn btn-sm btn-warning js-cookie-consent-agree">Saya Mengerti</button></div></div>
<div class="top-header"><div class="container"><span><i class="fa fa-phone"></i> (0401) 3121200</span> <span><i class="fa fa-envelope"></i> humas@sultraprov.go.id</span> <span class="float-right">{w.day}, {w.d} {w.month} {w.y}</span></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container"><a class="navbar-brand" href="https://sultraprov.go.id"><img src="https://sultraprov.go.id/assets/img/logo-sultra.png" alt="Sultra"> PEMPROV SULTRA</a>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">Profil</a></li><li class="nav-item active"><a class="nav-link" href="/berita">Berita</a></li><li class="nav-item"><a class="nav-link" href="/opd">Perangkat Daerah</a></li><li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li><li class="nav-item"><a class="nav-link" href="/pengaduan">Pengaduan</a></li></ul></div></nav>
<section class="page-title bg-light py-3"><div class="container"><ol class="breadcrumb bg-transparent mb-0"><li class="breadcrumb-item"><a href="/">Beranda</a></li><li class="breadcrumb-item"><a href="/berita">Berita</a></li><li class="breadcrumb-item active">Detail Berita</li></ol></div></section>
<section class="py-4"><div class="container"><div class="row">
<div class="col-lg-8">
<div class="card border-0">
<div class="card-body px-0">
<h1 class="h3 font-weight-bold text-dark">{esc(page["title"])}</h1>
<div class="post-info small text-muted mb-3">
<div><i class="fa fa-user"></i> Oleh: {esc(page["author"])}</div>
<div><i class="fa fa-calendar"></i> Diposting: {w.day}, {w.dd} {w.month} {w.y} | {w.hm} {w.zone}</div>
<div><i class="fa fa-eye"></i> Dilihat {page["hits"]} kali</div>
</div>
<img src="https://sultraprov.go.id/storage/berita/{w.y}/{w.mm}/pakta-netralitas.jpg" class="img-fluid rounded mb-2" alt="">
<p class="small text-muted font-italic">{esc(page["caption"])}</p>
<div class="post-body text-justify">
{items_html(page["body"])}
</div>
<div class="post-share mt-4"><span class="font-weight-bold">Bagikan:</span> <a href="#" class="btn btn-sm btn-primary">Facebook</a> <a href="#" class="btn btn-sm btn-info">Twitter</a> <a href="#" class="btn btn-sm btn-success">WhatsApp</a></div>
</div>
</div>
<div class="berita-lainnya mt-4"><h4 class="section-title">Berita Lainnya</h4><div class="row">{"".join(f'<div class="col-md-6 mb-3"><div class="card"><div class="card-body"><h6 class="card-title"><a href="#">{esc(r)}</a></h6><small class="text-muted">{w.dd} {w.month} {w.y}</small></div></div></div>' for r in page["recent"])}</div></div>
</div>
<div class="col-lg-4">
<div class="sidebar-widget"><h5 class="widget-title">Pencarian</h5><form action="/berita"><input type="text" class="form-control" name="q" placeholder="Cari berita..."></form></div>
<div class="sidebar-widget mt-4"><h5 class="widget-title">Berita Populer</h5><ul class="list-unstyled">{"".join(f'<li class="mb-2"><a href="#">{esc(r)}</a></li>' for r in page["popular"])}</ul></div>
<div class="sidebar-widget mt-4"><h5 class="widget-title">Agenda Gubernur</h5><p class="small">Tidak ada agenda hari ini.</p></div>
</div>
</div></div></section>
<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-6"><h5>Pemerintah Provinsi Sulawesi Tenggara</h5><p class="small">Jl. Haluoleo Kompleks Bumi Praja Anduonohu, Kendari</p></div>
<div class="col-md-6 text-right small">Hak Cipta &copy; 2024 Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara</div></div></div></footer>
<script src="https://sultraprov.go.id/assets/vendor/jquery/jquery.min.js"></script>
<script src="https://sultraprov.go.id/assets/js/main.js?v=1.3"></script>
</body>
</html>
"""


def tables(page):
    """An old table-layout regency site, ISO-8859-1, no canonical or Open Graph at all."""
    w = When(page["published"] + "T00:00:00+08:00")
    body = "\n".join(f'<p align="justify">{i[1]}</p>' if i[0] == "p" else
                     (f"<{i[0]}>" + "".join(f"<li>{x}</li>" for x in i[1]) + f"</{i[0]}>" if i[0] in ("ul", "ol") else "")
                     for i in page["body"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta charset="iso-8859-1">
<title>{esc(page["title"])} :: Pemkab Manggarai Barat</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/header_mabar.jpg" width="960" height="150" alt="Pemerintah Kabupaten Manggarai Barat"></td></tr>
<tr><td colspan="3" class="menu" bgcolor="#0B5394"><a href="index.php">BERANDA</a> | <a href="index.php?page=profil">PROFIL DAERAH</a> | <a href="index.php?page=berita">BERITA</a> | <a href="index.php?page=pariwisata">PARIWISATA</a> | <a href="index.php?page=skpd">SKPD</a> | <a href="index.php?page=kontak">HUBUNGI KAMI</a></td></tr>
<tr><td colspan="3"><marquee scrollamount="3" class="running-text">Selamat Datang di Website Resmi Pemerintah Kabupaten Manggarai Barat -- Labuan Bajo, Gerbang Wisata Komodo -- Sukseskan Pilkada Serentak 27 November 2024</marquee></td></tr>
<tr>
<td width="200" valign="top" class="kiri">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="judul-kiri">MENU UTAMA</td></tr>
<tr><td><a href="index.php?page=berita">Berita Daerah</a><br><a href="index.php?page=pengumuman">Pengumuman</a><br><a href="index.php?page=agenda">Agenda</a><br><a href="index.php?page=galeri">Galeri Foto</a><br><a href="index.php?page=download">Download</a></td></tr>
<tr><td class="judul-kiri">LINK TERKAIT</td></tr>
<tr><td><a href="https://www.nttprov.go.id">Pemprov NTT</a><br><a href="https://www.kemendagri.go.id">Kemendagri</a><br><a href="https://lapor.go.id">LAPOR!</a></td></tr>
</table>
</td>
<td width="560" valign="top" class="tengah">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td class="judul">{esc(page["title"])}</td></tr>
<tr><td class="tanggal">Penulis : {esc(page["author"])} &nbsp;|&nbsp; Tanggal : {w.d} {w.month} {w.y} &nbsp;|&nbsp; Dibaca : {page["hits"]} kali</td></tr>
<tr><td><div align="center"><img src="foto_berita/sosialisasi_netralitas.jpg" width="400" border="0"><br><font size="1">{esc(page["caption"])}</font></div></td></tr>
<tr><td class="isi-berita">
{body}
</td></tr>
<tr><td><a href="javascript:history.back()">&laquo; Kembali</a> &nbsp; <a href="javascript:window.print()">Cetak</a></td></tr>
<tr><td class="judul-kiri">BERITA LAINNYA</td></tr>
<tr><td>{"<br>".join(f'&raquo; <a href="#">{esc(r)}</a>' for r in page["recent"])}</td></tr>
</table>
</td>
<td width="200" valign="top" class="kanan">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="judul-kiri">AGENDA</td></tr>
<tr><td>Rapat Koordinasi Pilkada<br>Kantor Bupati, 30 Oktober 2024</td></tr>
<tr><td class="judul-kiri">PENGUNJUNG</td></tr>
<tr><td>Online: 7<br>Hari ini: 312<br>Total: 884.120</td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" class="footer" align="center">Copyright &copy; 2024 Pemerintah Kabupaten Manggarai Barat. All Rights Reserved.<br>Dikelola oleh Dinas Komunikasi dan Informatika</td></tr>
</table>
</body>
</html>
"""


def news_cms(page):
    """A regency portal on a newer CMS: JSON-LD only, no author or date meta tags."""
    w = When(page["published"])
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page["title"])} - Portal Resmi Pemerintah Kabupaten Merauke</title>
<meta name="description" content="{esc(text_of(page["body"][0][1])[:150])}">
<link rel="canonical" href="{page["url"]}">
<link rel="icon" href="https://merauke.go.id/favicon.png">
<link rel="stylesheet" href="https://merauke.go.id/build/assets/app-4f1c2a.css">
{jsonld(page, publisher="Pemerintah Kabupaten Merauke", logo="https://merauke.go.id/img/logo.png", section="Pemerintahan")}
<script type="module" src="https://merauke.go.id/build/assets/app-9b3e7d.js"></script>
</head>
<body class="bg-gray-50">
<header class="site-header bg-white shadow"><div class="max-w-7xl mx-auto flex items-center justify-between px-4 py-3">
<a href="https://merauke.go.id" class="flex items-center"><img src="https://merauke.go.id/img/logo.png" alt="Logo Kabupaten Merauke" class="h-10"><span class="ml-2 font-bold">KABUPATEN MERAUKE</span></a>
<nav class="main-nav hidden md:flex"><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita" class="active">Berita</a> <a href="/layanan">Layanan</a> <a href="/transparansi">Transparansi Anggaran</a> <a href="/kontak">Kontak</a></nav>
</div></header>
<div class="announcement-bar bg-yellow-100 text-sm px-4 py-2">Pengumuman: Layanan Dukcapil tetap buka pada hari pemungutan suara 27 November 2024 untuk pencetakan KTP-el.</div>
<main class="max-w-7xl mx-auto grid grid-cols-1 lg:grid-cols-3 gap-6 px-4 py-6">
<div class="lg:col-span-2">
<nav class="breadcrumbs text-sm text-gray-500"><a href="/">Beranda</a> / <a href="/berita">Berita</a> / <span>Pemerintahan</span></nav>
<div class="news-detail bg-white rounded p-6">
<span class="badge bg-blue-600 text-white text-xs">Pemerintahan</span>
<h1 class="text-2xl font-bold mt-2">{esc(page["title"])}</h1>
<div class="news-meta text-sm text-gray-500 mt-2"><span>{esc(page["author"])}</span> &middot; <span>{w.day}, {w.d} {w.month} {w.y} - {w.hm} {w.zone}</span> &middot; <span>{page["hits"]} kali dibaca</span></div>
<figure class="mt-4"><img src="https://merauke.go.id/storage/news/{w.y}/{w.mm}/rakor-kepala-kampung.jpg" alt="" class="rounded"><figcaption class="text-xs text-gray-500 mt-1">{esc(page["caption"])}</figcaption></figure>
<div class="news-content prose max-w-none mt-4">
{items_html(page["body"])}
</div>
<div class="news-tags mt-6">{" ".join(f'<a href="/tag/{t.replace(" ", "-")}" class="tag">#{esc(t)}</a>' for t in page["tags"])}</div>
<div class="share-buttons mt-4"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Salin tautan</a></div>
</div>
</div>
<aside class="space-y-6">
<div class="widget bg-white rounded p-4"><h3 class="widget-title font-semibold">Berita Terkini</h3><ul>{"".join(f'<li class="py-1"><a href="#">{esc(r)}</a></li>' for r in page["recent"])}</ul></div>
<div class="widget bg-white rounded p-4"><h3 class="widget-title font-semibold">Layanan Publik</h3><ul><li><a href="#">Perizinan Online</a></li><li><a href="#">Pengaduan Masyarakat</a></li><li><a href="#">Informasi Publik</a></li></ul></div>
</aside>
</main>
<footer class="site-footer bg-gray-800 text-gray-200 text-sm"><div class="max-w-7xl mx-auto px-4 py-6">&copy; 2024 Pemerintah Kabupaten Merauke. Izakod Bekai Izakod Kai.</div></footer>
</body>
</html>
"""


RENDERERS = {"wordpress": wordpress, "joomla": joomla, "bootstrap": bootstrap_cms, "tables": tables, "news_cms": news_cms}


def render(page):
    return RENDERERS[page["cms"]](page)


PAGES = []

PAGES.append(dict(
    name="pemkab-banyuwangi-sekda-konten-politik",
    cms="wordpress",
    postid=48213,
    title="Sekda Banyuwangi Ingatkan ASN Tak Unggah Konten Politik Selama Pilkada",
    author="Tim Humas",
    published="2024-09-09T10:45:00+07:00",
    url="https://banyuwangikab.go.id/berita/sekda-banyuwangi-ingatkan-asn-tak-unggah-konten-politik-selama-pilkada",
    site="banyuwangikab.go.id",
    tags=["ASN", "Netralitas", "Pilkada 2024"],
    related=["Pemkab Banyuwangi Gelar Apel Netralitas ASN", "Camat se-Banyuwangi Teken Pakta Integritas"],
    prev="Festival Gandrung Sewu Kembali Digelar Oktober",
    next="Pemkab Banyuwangi Salurkan Bantuan Benih Padi",
    recent=["Festival Gandrung Sewu Kembali Digelar Oktober", "Pemkab Banyuwangi Salurkan Bantuan Benih Padi", "Pelayanan Adminduk Keliling Sambangi Desa Terpencil"],
    body=[
        ("p", "BANYUWANGI &ndash; Sekretaris Daerah Kabupaten Banyuwangi, Ir. Mujiono Hadi Saputro, M.Si, mengingatkan seluruh aparatur sipil negara (ASN) di lingkungan Pemkab Banyuwangi untuk tidak mengunggah konten bermuatan politik di media sosial selama tahapan Pilkada 2024."),
        ("p", "Hal itu disampaikan Sekda saat memberikan pengarahan dalam sosialisasi netralitas ASN yang digelar di Aula Rempeg Jogopati, Kantor Pemkab Banyuwangi, Senin (9/9/2024). Kegiatan tersebut diikuti kepala perangkat daerah, camat, dan lurah se-Kabupaten Banyuwangi."),
        ("p", "&ldquo;Media sosial sekarang menjadi ruang yang paling rawan. Sekali unggah, jejak digitalnya sulit dihapus. Karena itu, saya minta seluruh ASN menahan diri, tidak menyukai, tidak membagikan, dan tidak mengomentari konten pasangan calon,&rdquo; ujar Mujiono."),
        ("p", "Mujiono menjelaskan, pemerintah daerah akan menindaklanjuti setiap rekomendasi Bawaslu terkait pelanggaran netralitas ASN. Ia juga meminta kepala perangkat daerah aktif membina pegawai di unit kerjanya masing-masing."),
        ("p", "Sementara itu, Ketua Bawaslu Kabupaten Banyuwangi, Hamim Syaifuddin Zuhri, dalam paparannya menyampaikan bahwa pelanggaran netralitas ASN pada pemilu sebelumnya didominasi aktivitas media sosial. Bawaslu, kata dia, telah membentuk tim patroli siber untuk memantau akun-akun ASN selama masa kampanye."),
        ("p", "Kegiatan sosialisasi ditutup dengan penandatanganan pakta integritas netralitas oleh seluruh peserta yang hadir."),
    ],
))

PAGES.append(dict(
    name="pemkot-palangkaraya-lurah-camat-netralitas",
    cms="joomla",
    title="Pj Wali Kota Palangka Raya Kumpulkan Lurah dan Camat, Tekankan Netralitas",
    author="Humas Setda",
    published="2024-09-24T14:20:00+07:00",
    url="https://palangkaraya.go.id/index.php/berita/1532-pj-wali-kota-palangka-raya-kumpulkan-lurah-dan-camat-tekankan-netralitas",
    site="palangkaraya.go.id",
    hits=412,
    caption="Pj Wali Kota Palangka Raya memimpin rapat koordinasi bersama camat dan lurah.",
    prev="Pemkot Gelar Pasar Murah di Kecamatan Jekan Raya",
    next="Dinkes Palangka Raya Gencarkan Imunisasi Polio",
    recent=["Pemkot Gelar Pasar Murah di Kecamatan Jekan Raya", "Dinkes Palangka Raya Gencarkan Imunisasi Polio", "Festival Budaya Isen Mulang Segera Digelar"],
    body=[
        ("p", "PALANGKA RAYA – Penjabat (Pj) Wali Kota Palangka Raya, Dr. Andreas Hétu Nyahu, M.Si, mengumpulkan seluruh camat dan lurah se-Kota Palangka Raya dalam rapat koordinasi persiapan Pilkada 2024 di Aula Peteng Karuhei I, Selasa (24/9/2024)."),
        ("p", "Dalam arahannya, Andreas menekankan bahwa camat dan lurah merupakan ujung tombak pelayanan pemerintah yang berhubungan langsung dengan masyarakat. Karena itu, netralitas mereka menjadi penentu kepercayaan warga terhadap penyelenggaraan Pilkada."),
        ("p", "“Camat dan lurah jangan sampai dimanfaatkan oleh pihak mana pun. Layani semua warga dan semua tim pasangan calon dengan perlakuan yang sama,” tegas Andreas."),
        ("p", "Ia juga meminta camat dan lurah tidak memberikan izin penggunaan kantor kecamatan, kantor kelurahan, maupun fasilitas umum yang dikelola pemerintah untuk kegiatan kampanye. Pelanggaran terhadap ketentuan tersebut, kata dia, akan diproses sesuai peraturan disiplin pegawai."),
        ("p", "Rapat koordinasi turut dihadiri unsur Bawaslu Kota Palangka Raya, KPU Kota Palangka Raya, Polresta Palangka Raya, dan Kodim 1016/Palangka Raya."),
    ],
))

PAGES.append(dict(
    name="pemprov-sultra-pakta-integritas-bupati-walikota",
    cms="bootstrap",
    title="Pj Gubernur Sultra Teken Pakta Integritas Netralitas Bersama Bupati dan Wali Kota",
    author="Biro Adpim Setda Sultra",
    published="2024-10-09T14:30:00+08:00",
    url="https://sultraprov.go.id/berita/pj-gubernur-sultra-teken-pakta-integritas-netralitas-bersama-bupati-dan-wali-kota",
    site="sultraprov.go.id",
    hits="1.021",
    caption="Pj Gubernur Sultra bersama para kepala daerah menunjukkan pakta integritas netralitas di Kendari, Rabu (9/10/2024).",
    recent=["Pemprov Sultra Salurkan Bantuan Bibit Jagung", "Sultra Raih Penghargaan Keterbukaan Informasi Publik"],
    popular=["Jadwal Pelayanan Samsat Keliling Oktober 2024", "Pemprov Sultra Buka Seleksi Beasiswa S1"],
    body=[
        ("p", "KENDARI – Penjabat (Pj) Gubernur Sulawesi Tenggara (Sultra), Drs. La Ode Muhammad Rusdin Sabara, M.Si., menandatangani pakta integritas netralitas aparatur sipil negara (ASN) bersama para bupati, wali kota, dan penjabat kepala daerah se-Sultra di Aula Merah Putih Rumah Jabatan Gubernur, Kendari, Rabu (9/10/2024)."),
        ("p", "Penandatanganan pakta integritas tersebut merupakan tindak lanjut surat keputusan bersama tentang pedoman pembinaan dan pengawasan netralitas ASN dalam penyelenggaraan pemilihan. Kegiatan ini juga disaksikan Ketua Bawaslu Provinsi Sultra, Kapolda Sultra, dan Danrem 143/Haluoleo."),
        ("p", "Dalam sambutannya, Pj Gubernur menegaskan bahwa pakta integritas bukan sekadar seremoni. Menurutnya, setiap kepala daerah yang menandatangani pakta tersebut bertanggung jawab memastikan ASN di daerahnya tidak terlibat politik praktis."),
        ("p", "“Pakta integritas ini adalah janji kita kepada masyarakat Sultra. Kalau ada ASN yang terbukti tidak netral, kepala daerahnya wajib menindaklanjuti rekomendasi Bawaslu tanpa pandang bulu,” ujar Rusdin."),
        ("h3", "Kepala Desa Juga Diminta Netral"),
        ("p", "Selain ASN, Pj Gubernur juga meminta bupati dan wali kota memberikan perhatian khusus kepada kepala desa dan perangkat desa. Ia mengingatkan bahwa kepala desa dilarang terlibat dalam kampanye dan dilarang membuat keputusan yang menguntungkan salah satu pasangan calon."),
        ("p", "“Di banyak tempat di Sultra, kepala desa adalah tokoh yang paling didengar. Jangan sampai pengaruh itu dipakai untuk mengarahkan pilihan warga,” katanya."),
        ("p", "Ketua Bawaslu Provinsi Sultra, Iwan Rompo Banne, dalam kesempatan yang sama memaparkan bahwa hingga awal Oktober Bawaslu telah menangani 23 dugaan pelanggaran netralitas di Sultra. Sebagian besar di antaranya berkaitan dengan aktivitas ASN di media sosial dan kehadiran kepala desa dalam kegiatan pasangan calon."),
        ("p", "Kegiatan ditutup dengan pembacaan ikrar netralitas yang dipimpin Sekretaris Daerah Provinsi Sultra dan diikuti para sekretaris daerah kabupaten dan kota."),
    ],
))

PAGES.append(dict(
    name="pemkab-manggarai-barat-sosialisasi-labuan-bajo",
    cms="tables",
    title="Pemkab Manggarai Barat Gelar Sosialisasi Netralitas ASN di Labuan Bajo",
    author="Admin",
    published="2024-10-28",
    url="",
    site="",
    hits=188,
    caption="Suasana sosialisasi netralitas ASN di Aula Setda Manggarai Barat.",
    recent=["Bupati Tinjau Pembangunan Jalan di Kecamatan Kuwus", "Pemkab Mabar Terima Kunjungan Studi Banding DPRD Sumba Timur",
            "Pelatihan Pemandu Wisata Komodo Angkatan III"],
    body=[
        ("p", "Labuan Bajo – Pemerintah Kabupaten Manggarai Barat melalui Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) menggelar sosialisasi netralitas aparatur sipil negara (ASN) menghadapi Pilkada Serentak 2024 di Aula Setda Manggarai Barat, Senin (28/10/2024)."),
        ("p", "Sosialisasi diikuti sekitar 150 ASN dari perangkat daerah, kecamatan, dan puskesmas. Hadir sebagai narasumber Ketua Bawaslu Kabupaten Manggarai Barat, Fransiskus Xaverius Jehadu, dan Kepala BKPSDM, Theresia Béatrix Ndolu."),
        ("p", "Dalam materinya, Fransiskus menjelaskan bentuk-bentuk pelanggaran netralitas yang sering terjadi, di antaranya mengunggah dukungan di media sosial, menghadiri kampanye, serta menggunakan fasilitas kantor untuk kepentingan pasangan calon. “ASN boleh memilih, tetapi tidak boleh berpihak,” katanya."),
        ("p", "Sementara itu, Theresia mengingatkan bahwa ASN yang terbukti melanggar netralitas dapat dijatuhi hukuman disiplin, mulai dari teguran hingga penurunan jabatan. Ia berharap seluruh peserta meneruskan materi sosialisasi kepada rekan kerja di unit masing-masing."),
    ],
))

PAGES.append(dict(
    name="pemkab-merauke-kepala-kampung-distrik",
    cms="news_cms",
    title="Pj Bupati Merauke Minta Kepala Kampung dan Kepala Distrik Tak Terlibat Politik Praktis",
    author="Bagian Prokopim Setda Merauke",
    published="2024-08-22T11:00:00+09:00",
    url="https://merauke.go.id/berita/pj-bupati-merauke-minta-kepala-kampung-dan-kepala-distrik-tak-terlibat-politik-praktis",
    site="merauke.go.id",
    hits=736,
    caption="Pj Bupati Merauke memberikan arahan dalam rapat koordinasi bersama kepala distrik dan kepala kampung.",
    tags=["Pilkada2024", "Netralitas", "KepalaKampung"],
    recent=["Pemkab Merauke Salurkan Bantuan Bibit Padi ke Distrik Tanah Miring", "Festival Budaya Marind Digelar Bulan Depan", "Pelayanan KTP-el Jemput Bola di Distrik Okaba"],
    body=[
        ("p", "MERAUKE – Penjabat (Pj) Bupati Merauke, Drs. Yoseph Gebze Ndiken, M.Si, meminta seluruh kepala distrik dan kepala kampung di Kabupaten Merauke tidak terlibat dalam politik praktis menjelang Pilkada 2024. Permintaan itu disampaikan dalam rapat koordinasi pemerintahan di Gedung Negara, Kamis (22/8/2024)."),
        ("p", "Yoseph mengatakan, kepala kampung dan kepala distrik memegang peran penting dalam menjaga ketenteraman masyarakat selama tahapan Pilkada. Menurutnya, keberpihakan aparat pemerintahan di tingkat kampung dapat memicu perpecahan di tengah warga."),
        ("p", "“Kepala kampung itu bapak bagi semua warga kampung. Jangan ikut menjadi tim sukses, jangan arahkan warga memilih calon tertentu, dan jangan gunakan dana kampung untuk kegiatan yang berbau kampanye,” tegas Yoseph."),
        ("p", "Ia juga meminta kepala distrik aktif memantau kepala kampung di wilayahnya dan melaporkan setiap indikasi pelanggaran kepada pemerintah kabupaten maupun Bawaslu Merauke."),
        ("p", "Kepala Dinas Pemberdayaan Masyarakat Kampung Kabupaten Merauke, Maria Goreti Kaize, menambahkan bahwa pihaknya akan menyosialisasikan larangan tersebut hingga ke 179 kampung. Menurut dia, sanksi bagi kepala kampung yang terbukti tidak netral mulai dari teguran hingga pemberhentian sementara."),
        ("p", "Rapat koordinasi diikuti 20 kepala distrik dan perwakilan kepala kampung dari seluruh distrik di Kabupaten Merauke."),
    ],
))
