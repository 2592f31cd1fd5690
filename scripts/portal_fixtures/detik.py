"""detik.com pages (detikNews and the regional detikX channels)."""
from common import GOLD_KINDS, When, esc, gold_html, jsonld, slug, text_of

NAV = ["detikNews", "detikEdu", "detikFinance", "detikHot", "detikInet", "detikSport", "detikOto",
       "detikTravel", "detikSumbagsel", "detikSulsel", "detikJatim", "detikJateng", "detikJabar", "detikBali",
       "20detik", "Pilkada 2024"]


def render(page):
    w = When(page["published"])
    sub = page["sub"]
    meta = page["meta"]
    title = page["title"]
    head = ['<!DOCTYPE html>', '<html lang="id">', '<head>', '<meta charset="utf-8">',
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<title>{esc(title)} - {sub}</title>',
            '<meta name="robots" content="index, follow">',
            f'<meta name="description" content="{esc(text_of(page["body"][0][1])[:155])}">',
            f'<meta name="keywords" content="{esc(", ".join(page["tags"]))}">']
    if "author" in meta:
        head.append(f'<meta name="author" content="{esc(page["author"])}">')
        head.append(f'<meta name="dtk:author" content="{esc(page["author"])}">')
    if "publishdate" in meta:
        head.append(f'<meta name="publishdate" content="{w.y}/{w.mm}/{w.dd} {w.hms}">')
        head.append(f'<meta name="dtk:publishdate" content="{w.y}/{w.mm}/{w.dd} {w.hms}">')
    head.append('<meta name="platform" content="desktop">')
    head.append(f'<meta name="dtk:thumbnail" content="https://akcdn.detik.net.id/community/media/visual/{w.y}/{w.mm}/{w.dd}/{slug(page["url"])[:30]}.jpeg">')
    if "og" in meta:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:site_name" content="{sub}">',
                 f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:url" content="{page["url"]}">',
                 f'<meta property="og:image" content="https://akcdn.detik.net.id/community/media/visual/{w.y}/{w.mm}/{w.dd}/{slug(page["url"])[:30]}.jpeg?w=700&q=90">',
                 '<meta name="twitter:card" content="summary_large_image">',
                 '<meta name="twitter:site" content="@detikcom">',
                 f'<meta name="twitter:title" content="{esc(title)}">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append(f'<link rel="amphtml" href="{page["url"].replace("www.detik.com", "www.detik.com/amp").replace("news.detik.com", "news.detik.com/amp")}">')
    head.append('<link rel="stylesheet" href="https://cdn.detik.net.id/detik2/css/detail.css?v=2024110701">')
    head.append("""<script type="text/javascript">
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-XXXXXXX', {'kanal': '%s', 'articleid': '%s', 'type': 'singlepage'});
  var dtkAds = {"channel": "%s", "kanal": "pilkada", "keyword": "netralitas asn"};
</script>""" % (sub, page["url"].split("/d-")[1].split("/")[0], sub))
    if "jsonld" in meta:
        head.append(jsonld(page, publisher="detikcom", logo="https://cdn.detik.net.id/detik2/images/logo.jpg",
                           section=sub, image=f"https://akcdn.detik.net.id/community/media/visual/{w.y}/{w.mm}/{w.dd}/foto.jpeg"))
        head.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"%s","item":"https://www.detik.com"},{"@type":"ListItem","position":2,"name":"Berita","item":"%s"}]}</script>' % (sub, page["url"].rsplit("/", 2)[0]))
    head.append('</head>')

    nav = "".join(f'<li class="nav__item"><a href="https://www.detik.com/{n.lower()}" dtr-evt="header" dtr-act="kanal">{n}</a></li>' for n in NAV)
    body = [f'<body class="detail-article {page.get("bodyclass", "")}">',
            '<div id="ads-billboard" class="ads-billboard-wrapper"><div id="div-gpt-ad-1565067349346-0" class="adsbygoogle"></div></div>',
            '<header class="header">',
            '<div class="container flex-between"><div class="header__logo"><a href="https://www.detik.com" title="detikcom"><img src="https://cdn.detik.net.id/detik2/images/logo.png" alt="detikcom"></a></div>',
            '<div class="header__login"><a href="https://connect.detik.com/oauth/authorize" class="btn btn--login">Masuk</a> <a href="https://connect.detik.com/register">Daftar</a></div></div>',
            f'<nav class="navbar navbar--main"><ul class="nav">{nav}</ul></nav>',
            f'<div class="nav nav--sub"><a href="#">Berita</a> <a href="#">Pilkada</a> <a href="#">Hukum</a> <a href="#">Foto</a> <a href="#">Video</a> <a href="#">Indeks</a></div>',
            '</header>',
            '<div class="container">',
            '<div class="grid-row content__bg">',
            '<div class="column-8">',
            '<article class="detail">',
            '<div class="detail__header">',
            f'<div class="page__breadcrumb"><a href="https://www.detik.com/" dtr-evt="breadcrumb">{sub}</a> <a href="{page["url"].rsplit("/", 2)[0]}" dtr-evt="breadcrumb">Berita</a></div>',
            f'<h1 class="detail__title">\n{esc(title)}\n</h1>',
            f'<div class="detail__author">{esc(page["author"])} - {sub}</div>',
            f'<div class="detail__date">{w.day}, {w.dd} {w.mon} {w.y} {w.hm} {w.zone}</div>',
            '<div class="detail__share"><div class="share-box"><a href="#" class="komentar"><span>0</span> komentar</a> '
            '<a class="share-box__item share-fb" href="#">BAGIKAN</a> <a href="#" class="share-box__item">Facebook</a> '
            '<a href="#" class="share-box__item">Twitter</a> <a href="#" class="share-box__item">WhatsApp</a> '
            '<a href="#" class="share-box__item">Telegram</a> <a href="#" class="share-box__item">Copy Link</a></div></div>',
            '</div>',
            '<div class="detail__media">',
            f'<figure class="detail__media-image"><img src="https://akcdn.detik.net.id/community/media/visual/{w.y}/{w.mm}/{w.dd}/foto.jpeg?w=700" alt="{esc(title)}" title="{esc(title)}" class="p_img_zoomin img-zoomin">'
            f'<figcaption class="detail__media-caption">{esc(page["photo"])}</figcaption></figure>',
            '</div>',
            '<div class="detail__body itp_bodycontent_wrapper">',
            '<div class="detail__body-text itp_bodycontent">']
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            body.append(gold_html(item, quote_in_p=True))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                href = page["url"].rsplit("/", 2)[0] + "/d-75" + str(len(h)) + "/" + "-".join(h.lower().replace(",", "").split())
                body.append(f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
                            f'<a href="{href}" dtr-evt="baca juga" onclick="_pt(this, \'baca juga\')">{esc(h)}</a></div></td></tr></tbody></table>')
        elif kind == "ad":
            body.append('<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-container">'
                        '<div class="ads-scrollpage-top"><span class="ads-scrollpage-top__text">ADVERTISEMENT</span></div>'
                        '<div id="div-gpt-ad-parallax" class="ads-scrollpage-height"></div>'
                        '<div class="ads-scrollpage-bottom"><span class="ads-scrollpage-bottom__text">SCROLL TO CONTINUE WITH CONTENT</span></div></div></div>')
        elif kind == "video":
            body.append(f'<div class="sisip_video_ds"><p><strong>Simak Video "{esc(item[1])}"</strong><br>[Gambas:Video 20detik]</p></div>')
        elif kind == "img":
            body.append(f'<div class="pic_artikel_sisip_caption"><div class="pic_artikel_sisip" align="center"><div class="pic"><img src="https://akcdn.detik.net.id/community/media/visual/{w.y}/{w.mm}/{w.dd}/sisip.jpeg" alt="foto"></div>'
                        f'{esc(item[1])}</div></div>')
        elif kind == "simak":
            body.append(f"<p><strong>{esc(item[1])}</strong></p>")
        elif kind == "tweet":
            text, who, when = item[1], item[2], item[3]
            body.append(f'<div class="sisip_embed_sosmed"><blockquote class="twitter-tweet"><p lang="in" dir="ltr">{esc(text)}</p>&mdash; {esc(who)} '
                        f'<a href="https://twitter.com/x/status/18563{len(text)}">{when}</a></blockquote>'
                        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>')
        elif kind == "instagram":
            who, account = item[1], item[2]
            body.append(f'<div class="sisip_embed_sosmed"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/DA{len(who)}xK/" data-instgrm-version="14">'
                        f'<div><a href="https://www.instagram.com/p/DA{len(who)}xK/" target="_blank">Lihat postingan ini di Instagram</a></div>'
                        f'<p><a href="https://www.instagram.com/p/DA{len(who)}xK/" target="_blank">Sebuah kiriman dibagikan oleh {esc(who)} (@{account})</a></p></blockquote>'
                        '<script async src="//www.instagram.com/embed.js"></script></div>')
    body.append("<!--s:parallaxindetail-->")
    body.append(f'<strong>{page["initials"]}</strong>')
    body.append('</div>')
    if page.get("paging"):
        nxt = page["url"] + "/2"
        body.append(f'<div class="detail__anchor-numb"><div class="nav"><span class="nav__item selected">Halaman</span> '
                    f'<a class="nav__item selected" href="{page["url"]}">1</a> <a class="nav__item" href="{nxt}">2</a> '
                    f'<a class="nav__item" href="{nxt}">Selanjutnya</a></div></div>')
        body.append(f'<div class="detail__long-nav"><a href="{nxt}" class="btn btn--blue-base btn--lg">Halaman Selanjutnya</a></div>')
    tags = "".join(f'<a href="https://www.detik.com/tag/{t.replace(" ", "-")}" class="nav__item" dtr-evt="tag">{esc(t)}</a>' for t in page["tags"])
    body.append(f'<div class="detail__body-tag mgt-16"><div class="nav">{tags}</div></div>')
    body.append('</div>')
    body.append('<div class="detail__share-bottom"><div class="share-box">Bagikan <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div></div>')
    body.append('</article>')
    body.append('<div class="detail__komentar" id="thecomment"><div class="komentar-title"><h2>Komentar</h2></div>'
                '<div class="komentar-box"><div class="komentar-empty">Belum ada komentar. Jadilah yang pertama berkomentar di sini.</div>'
                '<a href="https://connect.detik.com/oauth/authorize" class="btn">Login untuk berkomentar</a></div></div>')
    body.append('<div class="list-content list-content--column"><div class="list-content__title"><h2>Berita Terkait</h2></div>')
    for r in page["related"]:
        body.append(f'<article class="list-content__item"><div class="media media--left"><div class="media__image"><img src="https://akcdn.detik.net.id/thumb.jpg" alt=""></div>'
                    f'<div class="media__text"><h3 class="media__title"><a href="https://www.detik.com/d-7{len(r)}/{"-".join(r.lower().split())}" class="media__link" dtr-evt="berita terkait">{esc(r)}</a></h3>'
                    f'<div class="media__date"><span title="{w.day}, {w.dd} {w.mon} {w.y} {w.hm} {w.zone}">{len(r) % 9 + 1} jam yang lalu</span></div></div></div></article>')
    body.append('</div>')
    body.append('</div>')
    body.append('<div class="column-4 sticky"><div class="box cb-mostpop"><div class="box__header"><h2 class="title">Berita Terpopuler</h2></div><div class="list-content">')
    for k, r in enumerate(page["popular"], 1):
        body.append(f'<article class="list-content__item"><span class="text-list__data">#{k}</span><h3 class="media__title"><a href="https://www.detik.com/x/d-7{k}" class="media__link">{esc(r)}</a></h3></article>')
    body.append('</div></div>')
    body.append('<div class="box"><div class="box__header"><h2 class="title">Video</h2></div><div class="media__text">Live Streaming 20detik</div></div></div>')
    body.append('</div></div>')
    body.append('<footer class="footer"><div class="container"><div class="footer__top"><img src="https://cdn.detik.net.id/detik2/images/logo-footer.png" alt="detikcom"></div>'
                '<ul class="footer__nav"><li><a href="#">Redaksi</a></li><li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Karir</a></li>'
                '<li><a href="#">Kotak Pos</a></li><li><a href="#">Media Partner</a></li><li><a href="#">Info Iklan</a></li><li><a href="#">Privacy Policy</a></li>'
                '<li><a href="#">Disclaimer</a></li></ul><div class="footer__copyright">Copyright @ 2024 detikcom, All right reserved</div></div></footer>')
    body.append('<script src="https://cdn.detik.net.id/libs/livecounter/detikLiveCounter.js"></script>')
    body.append("""<script>
  var _pt = function(el, act){ try { dataLayer.push({'event': 'click', 'action': act, 'label': el.href}); } catch(e) {} };
</script>""")
    body.append('</body>\n</html>\n')
    return "\n".join(head + body)


PAGES = []

PAGES.append(dict(
    name="detik-sumbagsel-oki-asn-medsos",
    sub="detikSumbagsel",
    meta={"author", "publishdate", "og"},
    title="Bawaslu OKI Temukan 12 ASN Sukai Unggahan Paslon di Medsos",
    author="Yulia Anggraini Saputri",
    published="2024-10-01T15:27:00+07:00",
    url="https://www.detik.com/sumbagsel/berita/d-7562841/bawaslu-oki-temukan-12-asn-sukai-unggahan-paslon-di-medsos",
    site="detik.com",
    photo="Ilustrasi media sosial. Bawaslu OKI menemukan 12 ASN yang diduga melanggar netralitas lewat medsos. (Foto: Thinkstock)",
    initials="(yas/dai)",
    tags=["netralitas asn", "bawaslu oki", "pilkada oki 2024", "sumatera selatan"],
    related=["Pj Gubernur Sumsel Minta Camat Awasi Kades Selama Masa Kampanye",
             "KPU OKI Tetapkan Dua Paslon Bupati, Ini Nomor Urutnya",
             "Debat Perdana Pilbup OKI Digelar di Kayuagung Pekan Depan"],
    popular=["Harga Pempek di Palembang Naik Jelang Akhir Tahun", "Jembatan Ampera Ditutup Sementara Malam Ini",
             "Banjir Rendam 3 Desa di Muara Enim", "Jadwal Kereta Api Palembang-Lubuklinggau Oktober 2024"],
    body=[
        ("p", "<strong>Ogan Komering Ilir</strong> - Badan Pengawas Pemilu (Bawaslu) Kabupaten Ogan Komering Ilir (OKI), Sumatera Selatan, menemukan 12 aparatur sipil negara (ASN) yang diduga melanggar netralitas melalui media sosial. Mereka kedapatan menyukai dan mengomentari unggahan pasangan calon bupati dan wakil bupati dalam sepekan pertama masa kampanye Pilkada 2024."),
        ("p", "Temuan itu berasal dari patroli siber yang dilakukan tim pengawas di 18 kecamatan. Dari 12 ASN tersebut, tujuh orang merupakan guru sekolah dasar, tiga orang pegawai puskesmas, dan dua lainnya staf di kantor kecamatan."),
        ("p", "Ketua Bawaslu OKI, Herman Syahputra Rasyid, mengatakan seluruh ASN yang terjaring sudah dimintai klarifikasi. Tangkapan layar unggahan dan komentar mereka juga telah diarsipkan sebagai barang bukti."),
        ("p", "\"Banyak yang berdalih hanya iseng atau tidak sengaja menekan tombol suka. Tapi aturannya jelas, memberi tanda suka pada unggahan kampanye itu sudah bentuk keberpihakan,\" kata Herman kepada detikSumbagsel, Selasa (1/10/2024)."),
        ("baca", "Pj Gubernur Sumsel Minta Camat Awasi Kades Selama Masa Kampanye"),
        ("p", "Herman menjelaskan, hasil klarifikasi akan dikaji dalam rapat pleno sebelum direkomendasikan kepada Badan Kepegawaian Negara (BKN). Menurut dia, sanksi bagi ASN yang terbukti tidak netral bisa berupa teguran tertulis hingga penundaan kenaikan pangkat."),
        ("ad",),
        ("p", "Ia menambahkan, dua di antara ASN tersebut bahkan membagikan ulang materi kampanye berupa foto baliho pasangan calon ke grup WhatsApp sekolah. Tindakan itu dinilai lebih berat karena menyasar wali murid yang juga pemilih."),
        ("p", "Pj Bupati OKI, Asmar Wijaya Kusuma, menyatakan pemerintah kabupaten menyerahkan sepenuhnya proses pemeriksaan kepada Bawaslu. Ia meminta kepala organisasi perangkat daerah (OPD) mengingatkan bawahannya agar berhati-hati menggunakan media sosial selama tahapan pilkada."),
        ("p", "\"Saya sudah sampaikan berkali-kali, jari ASN juga harus netral. Kalau ragu, lebih baik tidak usah berkomentar apa pun soal calon,\" ujar Asmar."),
        ("p", "Bawaslu OKI membuka layanan pengaduan bagi warga yang menemukan dugaan pelanggaran netralitas ASN. Laporan dapat disampaikan langsung ke kantor Bawaslu di Kayuagung atau melalui panitia pengawas di tingkat kecamatan."),
    ],
))

PAGES.append(dict(
    name="detik-sulsel-gowa-kades-video",
    sub="detikSulsel",
    meta={"jsonld"},
    title="Video Dukung Paslon Viral, 3 Kades di Gowa Dipanggil Bawaslu",
    author="Andi Nur Fadillah",
    published="2024-10-11T19:48:00+08:00",
    url="https://www.detik.com/sulsel/berita/d-7581930/video-dukung-paslon-viral-3-kades-di-gowa-dipanggil-bawaslu",
    site="detik.com",
    photo="Kantor Bawaslu Kabupaten Gowa di Sungguminasa. (Foto: Andi Nur Fadillah/detikSulsel)",
    initials="(afd/sar)",
    tags=["kades gowa", "bawaslu gowa", "netralitas kepala desa", "pilkada gowa"],
    related=["Bawaslu Sulsel Petakan 5 Daerah Rawan Pelanggaran Netralitas",
             "Camat di Gowa Diminta Awasi Kades Jelang Kampanye Akbar",
             "Dua Paslon Bupati Gowa Saling Lapor ke Bawaslu"],
    popular=["Antrean Panjang di SPBU Jalan Perintis Kemerdekaan", "Kapal Rute Makassar-Selayar Kembali Beroperasi",
             "Cuaca Makassar Hari Ini: Hujan Ringan di Sore Hari"],
    body=[
        ("p", "<strong>Gowa</strong> - Tiga kepala desa (kades) di Kabupaten Gowa, Sulawesi Selatan (Sulsel), dipanggil Bawaslu setelah video mereka menyatakan dukungan kepada salah satu pasangan calon (paslon) bupati viral di media sosial. Ketiganya diduga melanggar larangan keterlibatan kepala desa dalam kampanye Pilkada 2024."),
        ("p", "Video berdurasi 48 detik itu memperlihatkan tiga pria berseragam dinas kepala desa berdiri di depan sebuah balai pertemuan. Mereka kompak mengacungkan dua jari sambil menyebut nama pasangan calon dan mengajak warga memilihnya pada 27 November mendatang."),
        ("p", "Ketua Bawaslu Gowa, Muhammad Yusran Daeng Tata, membenarkan pihaknya telah melayangkan surat panggilan kepada ketiga kades tersebut. Mereka masing-masing menjabat di Kecamatan Bontonompo, Kecamatan Pallangga, dan Kecamatan Bajeng."),
        ("p", "\"Kami sudah kirim undangan klarifikasi untuk hari Senin. Videonya kami unduh dan kami simpan, termasuk akun yang pertama kali mengunggahnya,\" ujar Yusran saat dikonfirmasi detikSulsel, Jumat (11/10/2024)."),
        ("baca", ["Bawaslu Sulsel Petakan 5 Daerah Rawan Pelanggaran Netralitas",
                  "Camat di Gowa Diminta Awasi Kades Jelang Kampanye Akbar"]),
        ("p", "Yusran menjelaskan, Undang-Undang Nomor 10 Tahun 2016 tentang Pilkada melarang kepala desa membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon. Pelanggaran terhadap larangan itu dapat berujung pidana dengan ancaman penjara paling lama enam bulan."),
        ("p", "Selain itu, kata dia, Undang-Undang Desa juga melarang kepala desa menjadi pengurus partai politik dan ikut serta dalam kampanye. Sanksinya mulai dari teguran lisan, teguran tertulis, hingga pemberhentian sementara."),
        ("ad",),
        ("p", "\"Kalau nanti unsur pidananya terpenuhi, kami teruskan ke Sentra Gakkumdu. Kalau tidak, kami rekomendasikan ke Pj Bupati untuk sanksi administratif,\" kata Yusran."),
        ("h2", "Kades Mengaku Diajak Tim Sukses"),
        ("p", "Salah satu kades dalam video tersebut, Syamsuddin Daeng Nai, mengaku tidak tahu video itu akan diunggah ke media sosial. Ia menyebut rekaman dibuat saat ketiganya menghadiri acara syukuran warga yang juga didatangi tim pemenangan pasangan calon."),
        ("p", "\"Kami diajak foto dan video sama tim, katanya untuk dokumentasi saja. Saya menyesal, tidak ada niat melanggar aturan,\" ucap Syamsuddin ketika ditemui di rumahnya."),
        ("instagram", "Bawaslu Kabupaten Gowa", "bawaslu.gowa"),
        ("p", "Pengakuan itu tidak serta-merta menghentikan proses. Menurut Yusran, seorang kepala desa semestinya memahami batasan sikapnya di depan publik, apalagi ketika masih mengenakan seragam dinas."),
        ("video", "Bawaslu Ingatkan Kades Tak Terlibat Kampanye Pilkada"),
        ("h2", "Camat Diminta Lakukan Pembinaan"),
        ("p", "Pj Bupati Gowa, Andi Rahmat Patunru, meminta camat di wilayah ketiga kades itu memberikan pembinaan. Ia mengingatkan bahwa kepala desa menerima penghasilan tetap dari anggaran negara sehingga wajib melayani semua warga tanpa memandang pilihan politik."),
        ("p", "\"Kepala desa itu bapaknya semua warga desa, bukan bapaknya pendukung satu calon saja. Saya minta camat turun langsung, ingatkan kades satu per satu,\" tegas Andi Rahmat."),
        ("p", "Pemkab Gowa, lanjut dia, akan menunggu rekomendasi resmi Bawaslu sebelum menjatuhkan sanksi. Ia memastikan pemerintah daerah tidak akan melindungi kepala desa yang terbukti berpihak."),
        ("p", "Hingga Jumat sore, video tersebut masih beredar di sejumlah grup Facebook warga Gowa. Bawaslu meminta masyarakat tidak ikut menyebarkan ulang video itu dan menyerahkan penanganannya kepada pengawas pemilu."),
    ],
))

PAGES.append(dict(
    name="detik-news-bkn-laporan-netralitas",
    sub="detikNews",
    meta={"author", "publishdate", "og", "published_time", "jsonld"},
    title="BKN Catat 318 ASN Dilaporkan Tak Netral Selama Kampanye Pilkada",
    author="Rahmat Hidayatullah",
    published="2024-11-12T11:03:00+07:00",
    url="https://news.detik.com/berita/d-7620417/bkn-catat-318-asn-dilaporkan-tak-netral-selama-kampanye-pilkada",
    site="detik.com",
    photo="Gedung Badan Kepegawaian Negara (BKN) di Jakarta. (Foto: Rahmat Hidayatullah/detikcom)",
    initials="(rhd/zap)",
    paging=True,
    tags=["bkn", "netralitas asn", "pilkada 2024", "kampanye pilkada", "asn"],
    related=["Menpan-RB Minta Kepala Daerah Tak Lindungi ASN Pelanggar Netralitas",
             "Bawaslu: Pelanggaran Netralitas ASN Didominasi Aktivitas Medsos",
             "DPR Desak Pemerintah Umumkan Nama Pejabat yang Tak Netral"],
    popular=["Jadwal Libur Nasional Pilkada 27 November 2024", "Cara Cek DPT Online Pilkada 2024 Pakai NIK",
             "Ramalan Cuaca Jabodetabek Sepekan ke Depan", "Tarif Tol Trans Jawa Terbaru November 2024"],
    body=[
        ("p", "<strong>Jakarta</strong> - Badan Kepegawaian Negara (BKN) mencatat sedikitnya 318 aparatur sipil negara (ASN) dilaporkan tidak netral selama masa kampanye Pilkada 2024. Laporan itu masuk dari 29 provinsi dan sebagian besar berkaitan dengan aktivitas di media sosial."),
        ("p", "Deputi Bidang Pengawasan dan Pengendalian BKN, Sutarno Adiwijaya, mengatakan jumlah tersebut merupakan akumulasi laporan sejak 25 September hingga 10 November 2024. Dari 318 laporan, sebanyak 204 kasus sudah diverifikasi dan 131 di antaranya dinyatakan terbukti melanggar."),
        ("p", "\"Angka ini belum final karena masih ada laporan yang diproses di Bawaslu daerah. Polanya kurang lebih sama dengan pilkada sebelumnya, hanya saja medianya bergeser ke platform video pendek,\" kata Sutarno di kantor BKN, Jakarta Timur, Selasa (12/11/2024)."),
        ("baca", "Menpan-RB Minta Kepala Daerah Tak Lindungi ASN Pelanggar Netralitas"),
        ("p", "Sutarno menjelaskan, pelanggaran terbanyak dilakukan oleh ASN berstatus jabatan fungsional, terutama guru dan tenaga kesehatan. Posisi kedua ditempati pejabat administrator dan pengawas di lingkungan pemerintah kabupaten."),
        ("h2", "Lima Jenis Pelanggaran Terbanyak"),
        ("p", "BKN mengelompokkan laporan yang sudah diverifikasi ke dalam beberapa jenis pelanggaran. Berikut lima jenis yang paling sering ditemukan:"),
        ("ol", ["Memberikan dukungan melalui media sosial, seperti mengunggah, menyukai, mengomentari, atau membagikan konten pasangan calon (78 kasus).",
                "Menghadiri kegiatan kampanye atau deklarasi pasangan calon (21 kasus).",
                "Berfoto bersama pasangan calon dengan simbol atau gestur keberpihakan (14 kasus).",
                "Membuat keputusan atau kegiatan yang menguntungkan pasangan calon tertentu (11 kasus).",
                "Menjadi anggota atau simpatisan aktif tim pemenangan (7 kasus)."]),
        ("ad",),
        ("p", "Menurut Sutarno, kategori pertama sering dianggap sepele oleh ASN. Padahal, Surat Keputusan Bersama (SKB) lima lembaga tentang Pedoman Pembinaan dan Pengawasan Netralitas ASN sudah menyebut secara tegas bahwa memberi tanda suka pada unggahan kampanye termasuk pelanggaran."),
        ("p", "\"Ada yang bilang hanya menekan tombol, tidak ada niat. Tapi publik melihatnya sebagai dukungan, dan itu yang merusak kepercayaan pada birokrasi,\" ujarnya."),
        ("h2", "Sanksi Menunggu Keputusan PPK"),
        ("p", "Untuk 131 ASN yang terbukti melanggar, BKN telah mengirimkan rekomendasi sanksi kepada pejabat pembina kepegawaian (PPK) masing-masing. Sanksi yang direkomendasikan bervariasi, mulai dari sanksi moral berupa pernyataan secara terbuka hingga hukuman disiplin sedang."),
        ("p", "Persoalannya, kata Sutarno, tidak semua PPK segera menindaklanjuti rekomendasi tersebut. Hingga pekan ini baru 57 rekomendasi yang sudah dieksekusi oleh kepala daerah."),
        ("quote", "\"PPK yang tidak menindaklanjuti rekomendasi dalam waktu yang ditentukan juga dapat dikenai sanksi. Ini bukan sekadar formalitas administrasi,\" tegas Sutarno."),
        ("p", "BKN juga memiliki kewenangan memblokir data kepegawaian ASN yang tidak ditindak oleh atasannya. Dengan pemblokiran itu, ASN bersangkutan tidak dapat mengurus kenaikan pangkat, mutasi, maupun promosi sampai sanksinya dijalankan."),
        ("baca", "Bawaslu: Pelanggaran Netralitas ASN Didominasi Aktivitas Medsos"),
        ("h3", "Daerah dengan Laporan Terbanyak"),
        ("p", "Dari sisi wilayah, laporan terbanyak datang dari provinsi dengan jumlah kabupaten dan kota yang besar serta daerah yang petahananya kembali mencalonkan diri. Jawa Tengah, Sulawesi Selatan, dan Sumatera Utara menempati tiga besar."),
        ("p", "Sutarno menilai tingginya laporan dari suatu daerah tidak selalu berarti pelanggarannya lebih banyak. Bisa jadi, masyarakat dan pengawas di daerah tersebut lebih aktif melapor."),
        ("p", "\"Kami justru khawatir dengan daerah yang laporannya nol. Apakah benar tidak ada pelanggaran, atau masyarakatnya takut melapor,\" ucapnya."),
        ("h3", "Koordinasi dengan Bawaslu"),
        ("p", "Dalam penanganan laporan, BKN berkoordinasi dengan Bawaslu dan Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Kemenpan-RB). Sejak Komisi Aparatur Sipil Negara (KASN) dibubarkan, fungsi pengawasan netralitas dialihkan ke BKN melalui unit kerja khusus."),
        ("p", "Anggota Bawaslu RI, Ratna Dewi Sitompul, membenarkan bahwa laporan pelanggaran netralitas ASN meningkat menjelang hari pemungutan suara. Menurut dia, Bawaslu telah menginstruksikan jajaran hingga pengawas kelurahan dan desa untuk memperketat pengawasan pada masa tenang."),
        ("p", "\"Masa tenang itu justru rawan. Biasanya ada pengumpulan ASN dengan dalih rapat dinas, padahal isinya pengarahan untuk memilih calon tertentu,\" kata Ratna saat dihubungi terpisah."),
        ("tweet", "Masa tenang bukan masa bebas. ASN tetap dilarang hadir di kegiatan yang mengarahkan pilihan. Laporkan dugaan pelanggaran netralitas ke pengawas terdekat. #PilkadaDamai2024", "Humas Bawaslu (@humasbawaslu_ri)", "November 11, 2024"),
        ("p", "Ia meminta ASN yang mendapat tekanan dari atasan untuk mendukung calon tertentu agar berani melapor. Bawaslu, kata dia, menjamin kerahasiaan identitas pelapor."),
    ],
))

PAGES.append(dict(
    name="detik-jatim-probolinggo-camat",
    sub="detikJatim",
    meta={"author", "publishdate", "og"},
    title="Pj Bupati Probolinggo Larang Camat Foto Bersama Paslon",
    author="Ahmad Rofiqi Sunandar",
    published="2024-10-16T09:12:00+07:00",
    url="https://www.detik.com/jatim/berita/d-7590112/pj-bupati-probolinggo-larang-camat-foto-bersama-paslon",
    site="detik.com",
    photo="Pj Bupati Probolinggo saat memimpin rapat koordinasi dengan para camat. (Foto: Ahmad Rofiqi Sunandar/detikJatim)",
    initials="(ars/iwd)",
    tags=["probolinggo", "netralitas camat", "pilkada probolinggo"],
    related=["Bawaslu Jatim Minta Camat dan Lurah Tak Hadiri Deklarasi Paslon",
             "KPU Probolinggo Mulai Distribusikan Logistik Pilkada"],
    popular=["Gunung Bromo Ditutup untuk Upacara Adat", "Harga Bawang Merah di Probolinggo Anjlok"],
    body=[
        ("p", "<strong>Probolinggo</strong> - Pj Bupati Probolinggo, Fathul Mujib Hasanuddin, melarang seluruh camat berfoto bersama pasangan calon bupati dan wakil bupati selama masa kampanye Pilkada 2024. Larangan itu berlaku meskipun pertemuan terjadi di acara resmi pemerintahan."),
        ("p", "Fathul mengatakan, foto bersama calon kerap dijadikan bahan kampanye oleh tim pemenangan. Foto tersebut kemudian disebarkan seolah-olah camat mendukung calon tertentu."),
        ("p", "\"Kalau ada calon datang ke acara kecamatan, silakan dilayani dengan sopan. Tapi jangan mau diajak foto, apalagi dengan gaya jari,\" kata Fathul usai rapat koordinasi di Kantor Bupati Probolinggo, Rabu (16/10/2024)."),
        ("baca", "Bawaslu Jatim Minta Camat dan Lurah Tak Hadiri Deklarasi Paslon"),
        ("p", "Ia menambahkan, camat yang melanggar akan dievaluasi dan dapat dilaporkan ke Bawaslu. Pemkab Probolinggo juga meminta camat meneruskan larangan serupa kepada kepala desa di wilayahnya masing-masing."),
    ],
))
